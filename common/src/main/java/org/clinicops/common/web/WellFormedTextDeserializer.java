package org.clinicops.common.web;

import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.exc.InvalidFormatException;

/**
 * Text a client sends must be well-formed: no unpaired surrogate (which cannot be stored as
 * UTF-8), no control character but tab and line breaks, no bidirectional override (which can
 * make a name display as something else). A number or a boolean where text belongs is refused
 * too, rather than quietly turned into text.
 */
public class WellFormedTextDeserializer extends ValueDeserializer<String> {

	static final String NOT_ALLOWED = "contains characters that are not allowed (control characters, unpaired "
			+ "surrogates or bidirectional overrides)";

	@Override
	public String deserialize(JsonParser parser, DeserializationContext context) {
		if (parser.hasToken(JsonToken.VALUE_STRING)) {
			String text = parser.getString();
			if (!wellFormed(text)) {
				throw InvalidFormatException.from(parser, NOT_ALLOWED, text, String.class);
			}
			return text;
		}
		return (String) context.handleUnexpectedToken(String.class, parser);
	}

	static boolean wellFormed(String text) {
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (Character.isHighSurrogate(c)) {
				if (i + 1 >= text.length() || !Character.isLowSurrogate(text.charAt(i + 1))) {
					return false;
				}
				i++;
			}
			else if (Character.isLowSurrogate(c) || (c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0x7f
					|| (c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069)) {
				return false;
			}
		}
		return true;
	}

}
