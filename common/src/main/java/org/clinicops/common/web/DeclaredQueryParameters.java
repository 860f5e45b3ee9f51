package org.clinicops.common.web;

import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.core.DefaultParameterNameDiscoverer;
import org.springframework.core.MethodParameter;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * An API call may name only the query parameters its endpoint takes: an unknown one (a typo, a
 * {@code sort} or {@code size} the endpoint does not offer) is a 400 naming it, never silently
 * ignored, so a client learns at once that its filter or page was not applied.
 */
public class DeclaredQueryParameters implements HandlerInterceptor {

	private final ConcurrentMap<HandlerMethod, Set<String>> declared = new ConcurrentHashMap<>();

	@Override
	public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
		if (handler instanceof HandlerMethod method && method.getBeanType().isAnnotationPresent(RestController.class)) {
			Set<String> names = this.declared.computeIfAbsent(method, DeclaredQueryParameters::namesOf);
			if (names != null) {
				for (String name : request.getParameterMap().keySet()) {
					if (!names.contains(name)) {
						throw new InvalidFieldException(name, "is not a parameter of this endpoint");
					}
				}
			}
		}
		return true;
	}

	/** The names the method takes; null when it takes any (a map of all parameters). */
	private static Set<String> namesOf(HandlerMethod method) {
		boolean takesAny = Arrays.stream(method.getMethodParameters())
			.anyMatch(parameter -> parameter.hasParameterAnnotation(RequestParam.class)
					&& Map.class.isAssignableFrom(parameter.getParameterType()));
		if (takesAny) {
			return null;
		}
		return Arrays.stream(method.getMethodParameters())
			.filter(parameter -> parameter.hasParameterAnnotation(RequestParam.class))
			.map(DeclaredQueryParameters::nameOf)
			.collect(Collectors.toUnmodifiableSet());
	}

	private static String nameOf(MethodParameter parameter) {
		RequestParam annotation = parameter.getParameterAnnotation(RequestParam.class);
		String name = (annotation != null) ? annotation.name() : "";
		if (name.isEmpty()) {
			parameter.initParameterNameDiscovery(new DefaultParameterNameDiscoverer());
			name = parameter.getParameterName();
		}
		return name;
	}

}
