package io.jiayi.booking;

import io.smallrye.mutiny.Uni;

/**
 * What confirming a hold asks of the resident: a payment provider plugs in here. It answers with
 * the payment method recorded on the booking, or fails to leave the hold as it is.
 */
public interface PaymentStep {

    Uni<String> pay(Booking booking);
}
