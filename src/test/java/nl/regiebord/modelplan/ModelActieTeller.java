package nl.regiebord.modelplan;

import io.quarkus.narayana.jta.QuarkusTransaction;

final class ModelActieTeller {

    private ModelActieTeller() {
    }

    static long tel() {
        return QuarkusTransaction.requiringNew().call(() -> ModelActie.count() + ModelStap.count() * 1000);
    }
}
