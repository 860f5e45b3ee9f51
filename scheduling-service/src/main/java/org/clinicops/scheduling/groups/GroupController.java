package org.clinicops.scheduling.groups;

import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;

import org.clinicops.common.audit.Audited;
import org.clinicops.common.web.ListPage;
import org.clinicops.contracts.Focus;
import org.clinicops.contracts.Track;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/groups")
class GroupController {

	private final GroupService service;

	private final GroupSearch search;

	private final Clock clock;

	GroupController(GroupService service, GroupSearch search, Clock clock) {
		this.service = service;
		this.search = search;
		this.clock = clock;
	}

	@PostMapping
	ResponseEntity<GroupView> create(@Valid @RequestBody GroupForm form) {
		Group group = this.service.create(form);
		return ResponseEntity.created(URI.create("/api/groups/" + group.id())).body(GroupView.of(this.service.get(group.id())));
	}

	@GetMapping
	ResponseEntity<List<GroupView>> list(@RequestParam(required = false) GroupStatus status,
			@RequestParam(required = false) Focus focus, @RequestParam(required = false) Track track,
			@RequestParam(required = false) Integer size, @RequestParam(required = false) String after) {
		ListPage page = ListPage.of(size, after);
		return page.answer(this.search.page(status, focus, track, page), Group::createdAt, Group::id, GroupView::of);
	}

	@GetMapping("/{id}")
	GroupView get(@PathVariable String id) {
		return GroupView.of(this.service.get(id));
	}

	@PutMapping("/{id}")
	GroupView change(@PathVariable String id, @Valid @RequestBody GroupChange change) {
		return GroupView.of(this.service.change(id, change));
	}

	@PostMapping("/{id}/close")
	GroupView close(@PathVariable String id) {
		return GroupView.of(this.service.close(id));
	}

	/** Who is in the group on a day (today by default). */
	@Audited("roster")
	@GetMapping("/{id}/roster")
	List<RosterEntry> roster(@PathVariable String id,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date) {
		return this.service.roster(id, (date != null) ? date : LocalDate.now(this.clock))
			.stream()
			.map(RosterEntry::of)
			.toList();
	}

}
