package nl.regiebord.security;

import jakarta.enterprise.context.RequestScoped;

/**
 * Who is making the current change, as the history records it. There is no login yet, so every change
 * is recorded as "onbekend"; login replaces this with the signed-in user's name.
 */
@RequestScoped
public class HuidigeGebruiker {

    public static final String ONBEKEND = "onbekend";

    public String naam() {
        return ONBEKEND;
    }
}
