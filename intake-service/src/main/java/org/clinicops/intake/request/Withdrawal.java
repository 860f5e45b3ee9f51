package org.clinicops.intake.request;

import java.time.Instant;

/** The person withdrew their request or their consent to be contacted; the staff member they told recorded it. */
public record Withdrawal(String recordedBy, Instant recordedAt) {
}
