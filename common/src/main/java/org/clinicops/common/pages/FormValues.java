package org.clinicops.common.pages;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Map;

/**
 * Reading a page form's text leniently: what cannot be read is reported by field, in the API's
 * words, and the value is left out so that validation names what is still missing.
 */
public final class FormValues {

	public static boolean given(String value) {
		return value != null && !value.isBlank();
	}

	public static String blankToNull(String value) {
		return given(value) ? value : null;
	}

	/** The choice named by the value, or null (and an error for the field) when it names none. */
	public static <E extends Enum<E>> E choice(String field, String value, Class<E> type, Map<String, String> errors) {
		if (!given(value)) {
			return null;
		}
		try {
			return Enum.valueOf(type, value);
		}
		catch (IllegalArgumentException ex) {
			errors.put(field, "must be one of " + Arrays.toString(type.getEnumConstants()));
			return null;
		}
	}

	/** A yes/no answer as the form posts it ({@code true} or {@code false}), or null when not given. */
	public static Boolean yesNo(String field, String value, Map<String, String> errors) {
		if (!given(value)) {
			return null;
		}
		if ("true".equals(value) || "false".equals(value)) {
			return Boolean.valueOf(value);
		}
		errors.put(field, "must be answered yes or no");
		return null;
	}

	/** A date as the form posts it (ISO, as a date input sends it), or null when not given. */
	public static LocalDate date(String field, String value, Map<String, String> errors) {
		if (!given(value)) {
			return null;
		}
		try {
			return LocalDate.parse(value.strip());
		}
		catch (DateTimeParseException ex) {
			errors.put(field, "must be a date (YYYY-MM-DD)");
			return null;
		}
	}

	/** A whole number as typed, or null when not given. */
	public static Integer wholeNumber(String field, String value, Map<String, String> errors) {
		if (!given(value)) {
			return null;
		}
		try {
			return Integer.valueOf(value.strip());
		}
		catch (NumberFormatException ex) {
			errors.put(field, "must be a whole number");
			return null;
		}
	}

	/** An amount as typed (digits, at most one decimal point), or null when not given. */
	public static BigDecimal amount(String field, String value, Map<String, String> errors) {
		if (!given(value)) {
			return null;
		}
		try {
			return new BigDecimal(value.strip());
		}
		catch (NumberFormatException ex) {
			errors.put(field, "must be an amount such as 25.00");
			return null;
		}
	}

	private FormValues() {
	}

}
