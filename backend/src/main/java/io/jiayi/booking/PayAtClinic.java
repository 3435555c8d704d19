package io.jiayi.booking;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.arc.DefaultBean;
import io.smallrye.mutiny.Uni;

/** The fee is paid at the clinic's counter on the day: confirming needs nothing more. */
@DefaultBean
@ApplicationScoped
public class PayAtClinic implements PaymentStep {

    public static final String METHOD = "PAY_AT_CLINIC";

    @Override
    public Uni<String> pay(Booking booking) {
        return Uni.createFrom().item(METHOD);
    }
}
