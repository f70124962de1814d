package nl.regiebord.transactie;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import jakarta.persistence.EntityManager;
import org.hibernate.Session;

/** Makes the session of an {@link AlleenLezen} request read-only; runs inside the transaction it declares. */
@AlleenLezen
@Interceptor
@Priority(Interceptor.Priority.PLATFORM_BEFORE + 300)
public class AlleenLezenInterceptor {

    @Inject
    EntityManager entityManager;

    @AroundInvoke
    Object alleenLezen(InvocationContext aanroep) throws Exception {
        Session sessie = entityManager.unwrap(Session.class);
        boolean was = sessie.isDefaultReadOnly();
        sessie.setDefaultReadOnly(true);
        try {
            return aanroep.proceed();
        } finally {
            sessie.setDefaultReadOnly(was);
        }
    }
}
