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
@RequestMapping("/api/therapists")
class TherapistController {

	private final Therapists therapists;

	TherapistController(Therapists therapists) {
		this.therapists = therapists;
	}

	@PostMapping
	ResponseEntity<TherapistView> create(@Valid @RequestBody TherapistForm form) {
		Therapist therapist = this.therapists.insert(new Therapist(UUID.randomUUID().toString(), form.name().strip(),
				form.caseloadCapacity(), form.specialties(), (form.workingHours() != null) ? form.workingHours() : List.of()));
		return ResponseEntity.created(URI.create("/api/therapists/" + therapist.id())).body(TherapistView.of(therapist));
	}

	@GetMapping
	List<TherapistView> list() {
		return this.therapists.findAll(Sort.by("name")).stream().map(TherapistView::of).toList();
	}

}
