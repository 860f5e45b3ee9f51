package org.clinicops.common.web;

/** One invalid field of a request, as listed in a problem detail's {@code errors}. */
public record FieldError(String field, String message) {
}
