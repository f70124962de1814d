package nl.regiebord.transactie;

import jakarta.interceptor.InterceptorBinding;
import jakarta.transaction.Transactional;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A request that only reads: it runs in one transaction, so every service it calls shares one persistence context
 * (what one part of a page has read, the next finds there instead of reading and hydrating it again), and the
 * entities it loads are read-only, so the commit does not dirty-check them. A change made to a loaded entity inside
 * is not written; new entities still are.
 */
@InterceptorBinding
@Transactional
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface AlleenLezen {
}
