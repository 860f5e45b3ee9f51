package org.clinicops.common.audit;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;

import org.clinicops.common.staff.StaffRoles;
import org.clinicops.common.web.AuditUnavailableException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.servlet.HandlerMapping;

/**
 * One audit entry for every call of an {@link Audited} endpoint or page, failing closed: a change's
 * entry is written before the change is made and a read's before its answer is sent, and when that
 * write fails the call is refused (503) with nothing changed or shown. Afterwards the entry is
 * completed with how the call ended. A call refused before its answer (a 4xx) shows nothing, so its
 * entry is written when it is answered, as well as can be.
 */
class AuditTrail {

	static final String SHOWN = AuditTrail.class.getName() + ".shown";

	static final String CHANGES = AuditTrail.class.getName() + ".changes";

	private static final String ENTRY = AuditTrail.class.getName() + ".entry";

	private static final String WRITTEN = AuditTrail.class.getName() + ".written";

	private static final Logger log = LoggerFactory.getLogger(AuditTrail.class);

	private static final String ANONYMOUS = "anonymous";

	private final AuditLog auditLog;

	AuditTrail(AuditLog auditLog) {
		this.auditLog = auditLog;
	}

	/** Before a change is made: its entry, or a refusal. */
	void beforeChange(HttpServletRequest request, Audited audited) {
		if (isRead(request)) {
			return;
		}
		try {
			request.setAttribute(ENTRY, this.auditLog.begin(actor(), roles(), "CHANGE", audited.value(),
					records(request), describe(request)));
		}
		catch (RuntimeException ex) {
			throw new AuditUnavailableException(ex);
		}
	}

	/** Before a read's answer is sent: its entry naming what it shows, or a refusal. */
	void beforeAnswer(HttpServletRequest request, Audited audited, int status) {
		if (!isRead(request)) {
			return;
		}
		try {
			this.auditLog.append(actor(), roles(), "READ", audited.value(), records(request), describe(request),
					outcome(status, null), Map.of());
			request.setAttribute(WRITTEN, true);
		}
		catch (RuntimeException ex) {
			throw new AuditUnavailableException(ex);
		}
	}

	/** Once answered: the change's entry completed, or the entry of a call refused before its answer. */
	void answered(HttpServletRequest request, Audited audited, int status, Exception ex) {
		if (request.getAttribute(WRITTEN) != null) {
			return;
		}
		try {
			if (request.getAttribute(ENTRY) instanceof String entry) {
				this.auditLog.complete(entry, records(request), outcome(status, ex), changes(request));
			}
			else {
				boolean read = isRead(request);
				this.auditLog.append(actor(), roles(), read ? "READ" : "CHANGE", audited.value(), records(request),
						describe(request), outcome(status, ex), read ? Map.of() : changes(request));
			}
		}
		catch (RuntimeException failure) {
			// The answer has gone; all that is left is to say loudly that its entry is missing or incomplete.
			log.error("Could not write the audit entry of {}: {}", describe(request), failure.toString());
		}
	}

	private static boolean isRead(HttpServletRequest request) {
		return HttpMethod.GET.matches(request.getMethod());
	}

	private static String describe(HttpServletRequest request) {
		return request.getMethod() + " " + request.getAttribute(HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE);
	}

	private static List<String> records(HttpServletRequest request) {
		Set<String> records = new LinkedHashSet<>();
		if (request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE) instanceof Map<?, ?> variables
				&& variables.get("id") instanceof String id) {
			records.add(id);
		}
		if (request.getAttribute(SHOWN) instanceof Set<?> shown) {
			shown.forEach(id -> records.add(id.toString()));
		}
		return new ArrayList<>(records);
	}

	@SuppressWarnings("unchecked")
	private static Map<String, String> changes(HttpServletRequest request) {
		if (request.getAttribute(CHANGES) instanceof Map<?, ?> changes) {
			return (Map<String, String>) changes;
		}
		return AuditedValues.changesOf(request.getParameterMap(), !actor().equals(ANONYMOUS));
	}

	private static String outcome(int status, Exception ex) {
		if (ex == null && status < 400) {
			return "SUCCEEDED";
		}
		return ((status >= 500 || ex != null) ? "FAILED " : "REFUSED ") + status;
	}

	private static String actor() {
		Authentication login = SecurityContextHolder.getContext().getAuthentication();
		return (login == null || login instanceof AnonymousAuthenticationToken) ? ANONYMOUS : login.getName();
	}

	private static List<String> roles() {
		Authentication login = SecurityContextHolder.getContext().getAuthentication();
		return (login == null) ? List.of() : StaffRoles.of(login).stream().map(Enum::name).toList();
	}

}
