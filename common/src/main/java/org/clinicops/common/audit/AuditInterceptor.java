package org.clinicops.common.audit;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.clinicops.common.staff.StaffRoles;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.ModelAndView;

/**
 * Writes one audit entry for every call of an {@link Audited} endpoint or page, once it is
 * answered: who, with which roles, what they read or changed, and how it ended.
 */
class AuditInterceptor implements HandlerInterceptor {

	private static final Logger log = LoggerFactory.getLogger(AuditInterceptor.class);

	private static final String ANONYMOUS = "anonymous";

	private final AuditLog auditLog;

	AuditInterceptor(AuditLog auditLog) {
		this.auditLog = auditLog;
	}

	@Override
	public void postHandle(HttpServletRequest request, HttpServletResponse response, Object handler,
			ModelAndView page) {
		if (audited(handler) != null && page != null) {
			Set<String> shown = new LinkedHashSet<>();
			page.getModel().values().forEach(value -> shown.addAll(AuditedValues.recordIds(value)));
			request.setAttribute(AuditedBodyAdvice.SHOWN, shown);
		}
	}

	@Override
	public void afterCompletion(HttpServletRequest request, HttpServletResponse response, Object handler,
			Exception ex) {
		Audited audited = audited(handler);
		if (audited == null) {
			return;
		}
		boolean read = HttpMethod.GET.matches(request.getMethod());
		String pattern = (String) request.getAttribute(HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE);
		try {
			this.auditLog.append(actor(), roles(), read ? "READ" : "CHANGE", audited.value(), records(request),
					request.getMethod() + " " + pattern, outcome(response.getStatus(), ex), read ? Map.of() : changes(request));
		}
		catch (RuntimeException failure) {
			// The answer has gone; all that is left is to say loudly that its audit entry is missing.
			log.error("Could not write the audit entry of {} {}: {}", request.getMethod(), pattern, failure.toString());
		}
	}

	private static Audited audited(Object handler) {
		return (handler instanceof HandlerMethod method) ? method.getMethodAnnotation(Audited.class) : null;
	}

	private static List<String> records(HttpServletRequest request) {
		Set<String> records = new LinkedHashSet<>();
		if (request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE) instanceof Map<?, ?> variables
				&& variables.get("id") instanceof String id) {
			records.add(id);
		}
		if (request.getAttribute(AuditedBodyAdvice.SHOWN) instanceof Set<?> shown) {
			shown.forEach(id -> records.add(id.toString()));
		}
		return new ArrayList<>(records);
	}

	@SuppressWarnings("unchecked")
	private static Map<String, String> changes(HttpServletRequest request) {
		if (request.getAttribute(AuditedBodyAdvice.CHANGES) instanceof Map<?, ?> changes) {
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
