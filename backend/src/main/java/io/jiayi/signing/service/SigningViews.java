package io.jiayi.signing.service;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;

import io.jiayi.common.privacy.Masking;
import io.jiayi.directory.Doctor;
import io.jiayi.directory.Institution;
import io.jiayi.directory.rest.Refs;
import io.jiayi.identity.realname.Person;
import io.jiayi.signing.HealthAssessment;
import io.jiayi.signing.KeyPopulation;
import io.jiayi.signing.KeyPopulationTag;
import io.jiayi.signing.Signing;
import io.jiayi.signing.SigningApplication;
import io.jiayi.signing.SigningEvent;
import io.jiayi.signing.TagStatus;
import io.jiayi.signing.rest.SigningModels.ApplicationMember;
import io.jiayi.signing.rest.SigningModels.ApplicationView;
import io.jiayi.signing.rest.SigningModels.AssessmentView;
import io.jiayi.signing.rest.SigningModels.DoctorRef;
import io.jiayi.signing.rest.SigningModels.EventView;
import io.jiayi.signing.rest.SigningModels.SigningView;
import io.jiayi.signing.rest.SigningModels.TagView;

/** Entities into the API's views; ID numbers only masked. */
final class SigningViews {

    private SigningViews() {
    }

    static SigningView signing(Signing s) {
        return new SigningView(s.id.toString(), s.application.id.toString(), s.person.id.toString(), s.person.name,
                s.kind, s.status, doctor(s.doctor), institution(s.centre), institution(s.districtHospital),
                institution(s.cityHospital), s.startsOn, s.endsOn, s.endedAt, s.terminationReason);
    }

    static ApplicationView application(SigningApplication a, List<Signing> signings, LocalDate today,
            java.util.function.Function<Person, String> idNumber) {
        List<ApplicationMember> members = signings.stream()
                .map(s -> new ApplicationMember(s.id.toString(), s.person.id.toString(), s.person.name,
                        Masking.idNumber(idNumber.apply(s.person)), s.person.sex, age(s.person, today), s.kind,
                        s.status))
                .toList();
        return new ApplicationView(a.id.toString(), a.status, a.kind, doctor(a.doctor), institution(a.centre),
                institution(a.districtHospital), institution(a.cityHospital), a.agreementVersion, a.appliedAt,
                a.expiresAt, a.decidedAt, a.decisionReason, members);
    }

    static DoctorRef doctor(Doctor d) {
        return new DoctorRef(d.id.toString(), d.name, d.title,
                d.team == null ? null : new Refs.TeamRef(d.team.id.toString(), d.team.code, d.team.name));
    }

    static Refs.InstitutionRef institution(Institution i) {
        return i == null ? null : new Refs.InstitutionRef(i.id.toString(), i.code, i.name);
    }

    static int age(Person person, LocalDate today) {
        return Period.between(person.birthDate, today).getYears();
    }

    /** The tags that count and are shown: the age groups derived today, then the live declared or confirmed ones. */
    static List<TagView> tags(Person person, List<KeyPopulationTag> live, LocalDate today) {
        List<TagView> views = new ArrayList<>();
        int age = age(person, today);
        if (age >= 65) {
            views.add(new TagView(KeyPopulation.AGE_65_PLUS, TagStatus.CONFIRMED, true, null, null));
        }
        if (age < 7) {
            views.add(new TagView(KeyPopulation.CHILD_0_6, TagStatus.CONFIRMED, true, null, null));
        }
        live.stream().filter(t -> t.personId.equals(person.id))
                .forEach(t -> views.add(new TagView(t.tag, t.status, false, t.declaredAt, t.decidedAt)));
        return views;
    }

    static EventView event(SigningEvent e) {
        return new EventView(e.at, e.actorKind, e.actorId == null ? null : e.actorId.toString(), e.fromStatus,
                e.toStatus, e.reason);
    }

    static AssessmentView assessment(HealthAssessment a) {
        BigDecimal bmi = null;
        if (a.heightCm != null && a.weightKg != null && a.heightCm.signum() > 0) {
            BigDecimal metres = a.heightCm.movePointLeft(2);
            bmi = a.weightKg.divide(metres.multiply(metres), 1, RoundingMode.HALF_UP);
        }
        return new AssessmentView(a.id.toString(), a.signingId.toString(), a.assessedAt, a.heightCm, a.weightKg, bmi,
                a.systolicMmhg, a.diastolicMmhg, a.fastingGlucoseMmol, a.smoking, a.notes);
    }
}
