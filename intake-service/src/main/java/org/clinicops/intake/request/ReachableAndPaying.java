package org.clinicops.intake.request;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;

/**
 * The rules of a request that span fields: a way to reach the person on the channel they chose,
 * and either insurance or self-pay. Each broken rule names the field to fix.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = ReachableAndPayingValidator.class)
@interface ReachableAndPaying {

	String message() default "request is incomplete";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

}
