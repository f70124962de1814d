package nl.regiebord.risico;

import java.time.LocalDate;

/**
 * A stuurgroep review as one risk's page shows it: where the risk stood in the matrix the review froze (after its decisions), and what
 * the stuurgroep decided about it ("gehandhaafd" when nothing).
 */
public record Bespreking(Long reviewId, LocalDate datum, String stand, String besluit) {
}
