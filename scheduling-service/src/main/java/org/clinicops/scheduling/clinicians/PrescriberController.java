package org.clinicops.scheduling.clinicians;

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
@RequestMapping("/api/prescribers")
class PrescriberController {

	private final Prescribers prescribers;

	PrescriberController(Prescribers prescribers) {
		this.prescribers = prescribers;
	}

	@PostMapping
	ResponseEntity<Prescriber> create(@Valid @RequestBody PrescriberForm form) {
		Prescriber prescriber = this.prescribers
			.insert(new Prescriber(UUID.randomUUID().toString(), form.name().strip(), form.workingHours()));
		return ResponseEntity.created(URI.create("/api/prescribers/" + prescriber.id())).body(prescriber);
	}

	@GetMapping
	List<Prescriber> list() {
		return this.prescribers.findAll(Sort.by("name"));
	}

}
