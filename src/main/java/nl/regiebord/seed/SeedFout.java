package nl.regiebord.seed;

/** Seed data that cannot be used: the message names the file and the entry, and the service does not start. */
public class SeedFout extends RuntimeException {

    public SeedFout(String bericht) {
        super(bericht);
    }

    public SeedFout(String bericht, Throwable oorzaak) {
        super(bericht, oorzaak);
    }
}
