package org.clinicops.scheduling.plans;

import java.math.BigDecimal;
import java.util.List;

/**
 * A person's sessions in one ISO week and their total hours, which the IOP range bounds: at least
 * the minimum (9 hours, 6 for adolescents) and under the maximum (20).
 */
public record WeeklyPlan(String week, List<Session> sessions, BigDecimal totalHours, BigDecimal minimumHours,
		BigDecimal maximumHours, boolean withinRange) {
}
