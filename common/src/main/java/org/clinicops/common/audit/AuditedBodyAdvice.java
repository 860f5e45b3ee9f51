package org.clinicops.common.audit;

import java.lang.reflect.Type;

import org.springframework.core.MethodParameter;
import org.springframework.http.HttpInputMessage;
import org.springframework.http.MediaType;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.http.server.ServerHttpRequest;
import org.springframework.http.server.ServerHttpResponse;
import org.springframework.http.server.ServletServerHttpRequest;
import org.springframework.http.server.ServletServerHttpResponse;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.servlet.mvc.method.annotation.RequestBodyAdviceAdapter;
import org.springframework.web.servlet.mvc.method.annotation.ResponseBodyAdvice;

/**
 * Hands the audit what an audited endpoint's JSON body set and which records its answer shows,
 * and has a read audited before its answer is written.
 */
@ControllerAdvice
class AuditedBodyAdvice extends RequestBodyAdviceAdapter implements ResponseBodyAdvice<Object> {

	private final AuditTrail trail;

	AuditedBodyAdvice(AuditTrail trail) {
		this.trail = trail;
	}

	@Override
	public boolean supports(MethodParameter parameter, Type targetType,
			Class<? extends HttpMessageConverter<?>> converterType) {
		return parameter.hasMethodAnnotation(Audited.class);
	}

	@Override
	public Object afterBodyRead(Object body, HttpInputMessage inputMessage, MethodParameter parameter, Type targetType,
			Class<? extends HttpMessageConverter<?>> converterType) {
		RequestContextHolder.currentRequestAttributes()
			.setAttribute(AuditTrail.CHANGES, AuditedValues.changesOf(body), RequestAttributes.SCOPE_REQUEST);
		return body;
	}

	@Override
	public boolean supports(MethodParameter returnType, Class<? extends HttpMessageConverter<?>> converterType) {
		return returnType.hasMethodAnnotation(Audited.class);
	}

	@Override
	public Object beforeBodyWrite(Object body, MethodParameter returnType, MediaType contentType,
			Class<? extends HttpMessageConverter<?>> converterType, ServerHttpRequest request,
			ServerHttpResponse response) {
		if (request instanceof ServletServerHttpRequest servlet
				&& response instanceof ServletServerHttpResponse answer) {
			servlet.getServletRequest().setAttribute(AuditTrail.SHOWN, AuditedValues.recordIds(body));
			this.trail.beforeAnswer(servlet.getServletRequest(), returnType.getMethodAnnotation(Audited.class),
					answer.getServletResponse().getStatus());
		}
		return body;
	}

}
