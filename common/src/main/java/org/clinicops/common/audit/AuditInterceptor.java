package org.clinicops.common.audit;

import java.util.LinkedHashSet;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;

/**
 * Brings every call of an {@link Audited} endpoint or page to the {@link AuditTrail}: a change
 * before the handler runs, a page's read before the page is rendered, and every call once
 * answered. (A JSON read is brought by {@link AuditedBodyAdvice} before its body is written.)
 */
class AuditInterceptor implements HandlerInterceptor {

	private final AuditTrail trail;

	AuditInterceptor(AuditTrail trail) {
		this.trail = trail;
	}

	@Override
	public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
		Audited audited = audited(handler);
		if (audited != null) {
			this.trail.beforeChange(request, audited);
		}
		return true;
	}

	@Override
	public void postHandle(HttpServletRequest request, HttpServletResponse response, Object handler,
			ModelAndView page) {
		Audited audited = audited(handler);
		if (audited != null && page != null) {
			Set<String> shown = new LinkedHashSet<>();
			page.getModel().values().forEach(value -> shown.addAll(AuditedValues.recordIds(value)));
			request.setAttribute(AuditTrail.SHOWN, shown);
			this.trail.beforeAnswer(request, audited, response.getStatus());
		}
	}

	@Override
	public void afterCompletion(HttpServletRequest request, HttpServletResponse response, Object handler,
			Exception ex) {
		Audited audited = audited(handler);
		if (audited != null) {
			this.trail.answered(request, audited, response.getStatus(), ex);
		}
	}

	static Audited audited(Object handler) {
		return (handler instanceof HandlerMethod method) ? method.getMethodAnnotation(Audited.class) : null;
	}

}
