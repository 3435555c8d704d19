package io.jiayi.signing.service;

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.jiayi.identity.realname.RealNames;
import io.jiayi.signing.SigningApplication;
import io.jiayi.signing.repository.SigningApplicationRepository;
import io.jiayi.signing.repository.SigningRepository;
import io.jiayi.signing.rest.SigningModels.ApplicationView;
import io.smallrye.mutiny.Uni;

/** An application with its members, as residents and the care side both see it. Call inside a session. */
@ApplicationScoped
public class SigningApplicationViews {

    private final SigningApplicationRepository applications;
    private final SigningRepository signings;
    private final RealNames realNames;
    private final Clock clock;

    public SigningApplicationViews(SigningApplicationRepository applications, SigningRepository signings,
            RealNames realNames, Clock clock) {
        this.applications = applications;
        this.signings = signings;
        this.realNames = realNames;
        this.clock = clock;
    }

    public Uni<ApplicationView> of(UUID applicationId) {
        return applications.findFull(applicationId).flatMap(this::of);
    }

    /** For an application loaded with {@code findFull}. */
    public Uni<ApplicationView> of(SigningApplication application) {
        LocalDate today = LocalDate.now(clock);
        return signings.ofApplication(application.id)
                .map(list -> SigningViews.application(application, list, today, realNames::idNumberOf));
    }
}
