package org.clinicops.common.web;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.core.MethodParameter;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

/**
 * The one error format of the platform: RFC 9457 problem details that say what is wrong and,
 * for invalid input, which fields; never a stack trace. It answers the API; a staff page gets the
 * shared error page instead.
 */
@RestControllerAdvice(annotations = RestController.class)
public class ProblemDetailAdvice extends ResponseEntityExceptionHandler {

	private static final Logger log = LoggerFactory.getLogger(ProblemDetailAdvice.class);

	public static final String ERRORS = "errors";

	@Override
	protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		List<FieldError> errors = ex.getBindingResult()
			.getFieldErrors()
			.stream()
			.map(error -> new FieldError(error.getField(), error.getDefaultMessage()))
			.sorted(Comparator.comparing(FieldError::field))
			.toList();
		return ResponseEntity.badRequest().body(invalid(errors));
	}

	/**
	 * Constraints on a handler's parameters (a query parameter, a header, a path variable) and on
	 * its body, checked together: every invalid one is named, a parameter by its name in the
	 * request.
	 */
	@Override
	protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		List<FieldError> errors = new ArrayList<>();
		ex.getBeanResults()
			.forEach(result -> result.getFieldErrors()
				.forEach(error -> errors.add(new FieldError(error.getField(), error.getDefaultMessage()))));
		ex.getValueResults()
			.forEach(result -> result.getResolvableErrors()
				.forEach(error -> errors.add(new FieldError(requestName(result.getMethodParameter()),
						error.getDefaultMessage()))));
		errors.sort(Comparator.comparing(FieldError::field));
		return ResponseEntity.badRequest().body(invalid(errors));
	}

	private static String requestName(MethodParameter parameter) {
		RequestParam query = parameter.getParameterAnnotation(RequestParam.class);
		if (query != null && !query.name().isEmpty()) {
			return query.name();
		}
		RequestHeader header = parameter.getParameterAnnotation(RequestHeader.class);
		if (header != null && !header.name().isEmpty()) {
			return header.name();
		}
		return parameter.getParameterName();
	}

	@Override
	protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		Throwable tooLarge = NestedExceptionUtils.getMostSpecificCause(ex);
		if (tooLarge instanceof RequestBodyLimitFilter.BodyTooLargeException) {
			return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE)
				.body(problem(HttpStatus.CONTENT_TOO_LARGE, "Request too large", tooLarge.getMessage()));
		}
		if (ex.getCause() instanceof DatabindException mapping && !mapping.getPath().isEmpty()) {
			String field = JsonPath.of(mapping.getPath());
			return ResponseEntity.badRequest().body(invalid(List.of(new FieldError(field, unreadableBecause(mapping)))));
		}
		String detail = (ex.getCause() instanceof JacksonException) ? "The request body is not well-formed JSON."
				: "The request body is missing or cannot be read.";
		return ResponseEntity.badRequest().body(problem(HttpStatus.BAD_REQUEST, "Malformed request", detail));
	}

	private static String unreadableBecause(DatabindException mapping) {
		if (mapping instanceof UnrecognizedPropertyException) {
			return "is not a field of this request";
		}
		if (mapping instanceof InvalidFormatException format && format.getTargetType() == String.class) {
			return WellFormedTextDeserializer.NOT_ALLOWED;
		}
		if (mapping instanceof InvalidFormatException format && format.getTargetType() != null
				&& format.getTargetType().isEnum()) {
			return "must be one of " + Arrays.toString(format.getTargetType().getEnumConstants());
		}
		return "has a value of the wrong type or shape";
	}

	@ExceptionHandler(InvalidFieldException.class)
	ResponseEntity<ProblemDetail> invalidField(InvalidFieldException ex) {
		return ResponseEntity.badRequest().body(invalid(ex.errors()));
	}

	@ExceptionHandler(RecordNotFoundException.class)
	ProblemDetail notFound(RecordNotFoundException ex) {
		return problem(HttpStatus.NOT_FOUND, "Not found", ex.getMessage());
	}

	@ExceptionHandler(StateConflictException.class)
	ProblemDetail conflict(StateConflictException ex) {
		return problem(HttpStatus.CONFLICT, "Not allowed in the current state", ex.getMessage());
	}

	/** A check inside a service (whose alert is this?) denies past the filter chain's own handler. */
	@ExceptionHandler(AccessDeniedException.class)
	ProblemDetail forbidden(AccessDeniedException ex) {
		return problem(HttpStatus.FORBIDDEN, "Forbidden", "Your staff role does not allow this.");
	}

	@ExceptionHandler(OptimisticLockingFailureException.class)
	ProblemDetail concurrentChange(OptimisticLockingFailureException ex) {
		return problem(HttpStatus.CONFLICT, "Changed concurrently",
				"The record was changed by someone else at the same time. Reload it and try again.");
	}

	/** The database is out of reach: nothing was stored, and trying again later will do. */
	@ExceptionHandler(DataAccessResourceFailureException.class)
	ResponseEntity<ProblemDetail> unavailable(DataAccessResourceFailureException ex) {
		log.warn("Database unreachable: {}", ex.getClass().getSimpleName());
		return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
			.header(HttpHeaders.RETRY_AFTER, "5")
			.body(problem(HttpStatus.SERVICE_UNAVAILABLE, "Service unavailable",
					"The clinic's database cannot be reached just now; nothing was changed. Try again in a moment."));
	}

	/** Kafka did not answer in time: no partial answer is shown, and trying again later will do. */
	@ExceptionHandler(BrokerUnavailableException.class)
	ResponseEntity<ProblemDetail> brokerUnavailable(BrokerUnavailableException ex) {
		log.warn("{}", ex.getMessage());
		return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
			.header(HttpHeaders.RETRY_AFTER, "5")
			.body(problem(HttpStatus.SERVICE_UNAVAILABLE, "Service unavailable",
					"Kafka did not answer in time, so nothing is shown rather than part of it, and nothing was changed. "
							+ "Try again in a moment."));
	}

	/** Fail closed: what cannot be audited is not done and not shown. */
	@ExceptionHandler(AuditUnavailableException.class)
	ResponseEntity<ProblemDetail> auditUnavailable(AuditUnavailableException ex) {
		log.error("Refused an audited request: {}", ex.getCause().toString());
		return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
			.header(HttpHeaders.RETRY_AFTER, "5")
			.body(problem(HttpStatus.SERVICE_UNAVAILABLE, "Service unavailable",
					"The audit log cannot be written just now, so nothing was changed and no record is shown. Try again in a moment."));
	}

	@ExceptionHandler(Exception.class)
	ProblemDetail unexpected(Exception ex) {
		log.error("Unexpected error", ex);
		return problem(HttpStatus.INTERNAL_SERVER_ERROR, "Internal error",
				"The request could not be completed. It has been logged; nothing was changed by it.");
	}

	private static ProblemDetail problem(HttpStatus status, String title, String detail) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
		problem.setTitle(title);
		return problem;
	}

	private static ProblemDetail invalid(List<FieldError> errors) {
		ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "Invalid request", "Invalid fields: "
				+ String.join(", ", errors.stream().map(FieldError::field).distinct().toList()) + ".");
		problem.setProperty(ERRORS, errors);
		return problem;
	}

}
