package org.clinicops.common.pages;

import java.util.List;

import org.clinicops.common.staff.StaffRoles;
import org.clinicops.contracts.StaffRole;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * What the shared layout ({@code templates/clinic-ops/layout.html}) needs on every page: the
 * navigation across the three services, who is logged in, and how times are shown.
 */
@ControllerAdvice
public class PageLayout {

	/** A link of the navigation. */
	public record Link(String label, String url) {
	}

	/** The logged-in staff member, as the layout shows them. */
	public record Staff(String name, List<String> roles) {
	}

	private static final PageTimes TIMES = new PageTimes();


	private final List<Link> navigation;

	public PageLayout(NavigationProperties properties) {
		this.navigation = List.of(new Link("Request form", properties.intakeUrl() + "/request-evaluation"),
				new Link("Intake queue", properties.intakeUrl() + "/intake/queue"),
				new Link("Utilization review", properties.intakeUrl() + "/intake/utilization-review"),
				new Link("Groups", properties.schedulingUrl() + "/scheduling/groups"),
				new Link("Waitlist", properties.schedulingUrl() + "/scheduling/waitlist"),
				new Link("Today", properties.schedulingUrl() + "/scheduling/today"),
				new Link("Census", properties.schedulingUrl() + "/scheduling/census"),
				new Link("Alerts", properties.notificationUrl() + "/alerts"));
	}

	@ModelAttribute("navigation")
	List<Link> navigation() {
		return this.navigation;
	}

	@ModelAttribute("times")
	PageTimes times() {
		return TIMES;
	}

	@ModelAttribute("staff")
	Staff staff() {
		Authentication login = SecurityContextHolder.getContext().getAuthentication();
		if (login == null || !login.isAuthenticated() || login instanceof AnonymousAuthenticationToken) {
			return null;
		}
		return new Staff(login.getName(), StaffRoles.of(login).stream().map(StaffRole::name).sorted().toList());
	}

}
