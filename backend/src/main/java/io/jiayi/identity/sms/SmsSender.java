package io.jiayi.identity.sms;

import io.smallrye.mutiny.Uni;

/** Delivers a text message to a mainland mobile phone; the gateway is a deployment's choice. */
public interface SmsSender {

    Uni<Void> send(String phone, String text);
}
