package org.clinicops.common.deadletters;

import java.util.List;

import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Operations' view of parked records and their replay; OPS only (see the security configuration). */
@RestController
@RequestMapping("/api/ops/dead-letters")
public class DeadLetterController {

	private final DeadLetterReplay deadLetters;

	public DeadLetterController(DeadLetterReplay deadLetters) {
		this.deadLetters = deadLetters;
	}

	@GetMapping
	List<ParkedRecord> list() {
		return this.deadLetters.list();
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
