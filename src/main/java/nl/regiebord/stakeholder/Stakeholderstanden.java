package nl.regiebord.stakeholder;

import jakarta.enterprise.context.ApplicationScoped;
import nl.regiebord.register.Standen;

/** Writes and reads the {@link Stakeholderstand} rows from which the grid of an earlier moment is rebuilt. */
@ApplicationScoped
public class Stakeholderstanden extends Standen<Stakeholder, Stakeholderstand> {

    public Stakeholderstanden() {
        super(s -> Stakeholderstand.laatste(s.id), Stakeholderstand::new, Stakeholderstand::totEnMet);
    }
}
