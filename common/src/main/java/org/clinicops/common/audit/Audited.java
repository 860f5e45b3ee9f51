package org.clinicops.common.audit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks an endpoint or page that reads or changes a person's record: every call of it leaves an
 * entry in the audit log, whatever its outcome. A {@code GET} is a read, anything else a change.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface Audited {

	/** The kind of record, as the audit log names it ({@code evaluation-request}, {@code roster}). */
	String value();

}
