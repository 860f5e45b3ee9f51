package org.clinicops.common.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.exc.InvalidFormatException;

/**
 * A date a client sends is an ISO date ({@code 2026-12-07}), nothing else: not a number of days
 * since 1970 or an array, which Jackson would otherwise read as one.
 */
public class IsoDateDeserializer extends ValueDeserializer<LocalDate> {

	@Override
	public LocalDate deserialize(JsonParser parser, DeserializationContext context) {
		if (!parser.hasToken(JsonToken.VALUE_STRING)) {
			return (LocalDate) context.handleUnexpectedToken(LocalDate.class, parser);
		}
		try {
			return LocalDate.parse(parser.getString());
		}
		catch (DateTimeParseException ex) {
			throw InvalidFormatException.from(parser, "must be a date (YYYY-MM-DD)", parser.getString(), LocalDate.class);
		}
	}

}
