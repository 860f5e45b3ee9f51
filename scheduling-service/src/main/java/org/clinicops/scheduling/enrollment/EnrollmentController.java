package org.clinicops.scheduling.enrollment;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.clinicops.common.audit.Audited;
import org.clinicops.common.web.ListPage;
import org.clinicops.contracts.DischargeReason;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/enrollments")
class EnrollmentController {

	record Discharge(@NotNull DischargeReason reason) {
	}

	record Transfer(@NotBlank @Size(max = 64) String groupId) {
	}

	private final EnrollmentSearch search;

	private final EnrollmentService service;

	EnrollmentController(EnrollmentSearch search, EnrollmentService service) {
		this.search = search;
		this.service = service;
	}

	@Audited("enrollment")
	@GetMapping
	ResponseEntity<List<EnrollmentView>> list(@RequestParam(required = false) String evaluationId,
			@RequestParam(required = false) EnrollmentStatus status, @RequestParam(required = false) String groupId,
			@RequestParam(required = false) Integer size, @RequestParam(required = false) String after) {
		ListPage page = ListPage.of(size, after);
		return page.answer(this.search.page(status, groupId, evaluationId, page), Enrollment::acceptedAt,
				Enrollment::id, EnrollmentView::of);
	}

	@Audited("enrollment")
	@GetMapping("/{id}")
	EnrollmentView get(@PathVariable String id) {
		return EnrollmentView.of(this.service.get(id));
	}

	@Audited("enrollment")
	@PostMapping("/{id}/discharge")
	EnrollmentView discharge(@PathVariable String id, @Valid @RequestBody Discharge discharge) {
		return EnrollmentView.of(this.service.discharge(id, discharge.reason()));
	}

	@Audited("enrollment")
	@PostMapping("/{id}/transfer")
	EnrollmentView transfer(@PathVariable String id, @Valid @RequestBody Transfer transfer) {
		return EnrollmentView.of(this.service.transfer(id, transfer.groupId()));
	}

}
