package org.clinicops.scheduling.plans;

import java.math.BigDecimal;
import java.util.List;

/**
 * A person's sessions in one ISO week and their total hours, which the IOP range bounds: at least
 * the minimum (9 hours, 6 for adolescents) and under the maximum (20); beside them, the community
 * support meetings (AA, NA, SMART Recovery) the person is asked to attend and those they reported,
 * which never count as clinical hours.
 */
public record WeeklyPlan(String week, List<Session> sessions, BigDecimal totalHours, BigDecimal minimumHours,
		BigDecimal maximumHours, boolean withinRange, int supportMeetingGoal, int supportMeetingsReported) {

	/** The plan with the support meetings the person reported that week. */
	public WeeklyPlan withSupportMeetingsReported(int reported) {
		return new WeeklyPlan(this.week, this.sessions, this.totalHours, this.minimumHours, this.maximumHours,
				this.withinRange, this.supportMeetingGoal, reported);
	}

}
