package org.clinicops.common.web;

import java.util.List;

import tools.jackson.databind.DatabindException;

/** Names a field of a request body the way a client wrote it: {@code insurance.memberId}, {@code concerns[1]}. */
final class JsonPath {

	static String of(List<DatabindException.Reference> path) {
		StringBuilder name = new StringBuilder();
		for (DatabindException.Reference reference : path) {
			if (reference.getPropertyName() != null) {
				if (!name.isEmpty()) {
					name.append('.');
				}
				name.append(reference.getPropertyName());
			}
			else if (reference.getIndex() >= 0) {
				name.append('[').append(reference.getIndex()).append(']');
			}
		}
		return name.toString();
	}

	private JsonPath() {
	}

}
