package org.clinicops.common.deadletters;

import java.util.List;
import java.util.function.Function;

import org.clinicops.common.web.ListPage;

import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Operations' view of parked records and their replay; OPS only (see the security configuration). */
@RestController
@RequestMapping("/api/ops/dead-letters")
public class DeadLetterController {

	private final DeadLetterReplay deadLetters;

	public DeadLetterController(DeadLetterReplay deadLetters) {
		this.deadLetters = deadLetters;
	}

	/** Newest first, a page at a time. */
	@GetMapping
	ResponseEntity<List<ParkedRecord>> list(@RequestParam(required = false) Integer size,
			@RequestParam(required = false) String after) {
		ListPage page = ListPage.of(size, after);
		return page.answer(this.deadLetters.list(page), ParkedRecord::parkedAt, DeadLetterReplay::sortKey,
				Function.identity());
	}

	@PostMapping("/{topic}/{partition}/{offset}/replay")
	ParkedRecord replay(@PathVariable String topic, @PathVariable int partition, @PathVariable long offset,
			Authentication ops) {
		return this.deadLetters.replay(topic, partition, offset, ops.getName());
	}

	@PostMapping("/replay")
	List<ParkedRecord> replayAll(Authentication ops) {
		return this.deadLetters.replayAll(ops.getName());
	}

}
