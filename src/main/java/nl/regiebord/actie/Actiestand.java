package nl.regiebord.actie;

import java.time.LocalDate;

/** What progress needs of an action: its status and its deadline. The one place of the rule 'te laat'. */
public record Actiestand(ActieStatus status, LocalDate deadline) {

    /** Late: its deadline has passed and it is neither done nor not applicable. */
    public boolean isTeLaat(LocalDate vandaag) {
        return deadline != null && deadline.isBefore(vandaag) && !status.isKlaar();
    }
}
