package org.clinicops.scheduling.groups;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;

import org.springframework.data.domain.Sort;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/groups")
class GroupController {

	private final Groups groups;

	GroupController(Groups groups) {
		this.groups = groups;
	}

	@PostMapping
	ResponseEntity<GroupView> create(@Valid @RequestBody GroupForm form) {
		Group group = this.groups.insert(new Group(UUID.randomUUID().toString(), form.name().strip(), form.focus(),
				form.cohort(), form.track(), form.facilitator().strip(), form.capacityOrDefault(), form.meetings()));
		return ResponseEntity.created(URI.create("/api/groups/" + group.id())).body(GroupView.of(group));
	}

	@GetMapping
	List<GroupView> list() {
		return this.groups.findAll(Sort.by("name")).stream().map(GroupView::of).toList();
	}

}
