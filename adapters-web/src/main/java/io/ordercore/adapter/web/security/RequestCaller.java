package io.ordercore.adapter.web.security;

import io.swagger.v3.oas.annotations.Parameter;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks the {@link io.ordercore.application.port.in.Caller} argument of a route: bound by
 * {@link CallerBinder} from the bearer token, so it is no request parameter of the API document.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.PARAMETER)
@Parameter(hidden = true)
public @interface RequestCaller {
}
