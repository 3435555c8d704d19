package io.jiayi.directory.mapping;

import java.util.List;

import io.jiayi.directory.Department;
import io.jiayi.directory.Doctor;
import io.jiayi.directory.FamilyDoctorTeam;
import io.jiayi.directory.Institution;
import io.jiayi.directory.Street;
import io.jiayi.directory.rest.DepartmentView;
import io.jiayi.directory.rest.DoctorView;
import io.jiayi.directory.rest.InstitutionDetail;
import io.jiayi.directory.rest.InstitutionView;
import io.jiayi.directory.rest.Refs;
import io.jiayi.directory.rest.StreetView;
import io.jiayi.directory.rest.TeamView;

/** Entities never leave the service: these turn them into the API's views. */
public final class DirectoryMapper {

    private DirectoryMapper() {
    }

    public static InstitutionView institution(Institution i) {
        return new InstitutionView(i.id.toString(), i.code, i.name, i.shortName, i.type, i.level,
                institutionRef(i.parent), streetRef(i.street), i.address, i.phone, i.signatureService);
    }

    public static InstitutionDetail institutionDetail(Institution i, List<Institution> stations,
            List<FamilyDoctorTeam> teams) {
        return new InstitutionDetail(institution(i), i.introduction,
                stations.stream().map(DirectoryMapper::institutionRef).toList(),
                teams.stream().map(DirectoryMapper::teamRef).toList());
    }

    public static StreetView street(Street s, Institution servingCentre) {
        return new StreetView(s.id.toString(), s.code, s.name, s.kind, institutionRef(servingCentre));
    }

    public static DepartmentView department(Department d) {
        return new DepartmentView(d.id.toString(), d.code, d.name, d.category, institutionRef(d.institution),
                d.introduction);
    }

    public static DoctorView doctor(Doctor d) {
        return new DoctorView(d.id.toString(), d.code, d.name, d.gender, d.title, d.title.isExpert(), d.specialty,
                d.familyDoctor, institutionRef(d.institution), departmentRef(d.department), teamRef(d.team),
                d.teamRole, d.introduction);
    }

    public static TeamView team(FamilyDoctorTeam t, List<Doctor> members) {
        return new TeamView(t.id.toString(), t.code, t.name, institutionRef(t.institution), t.introduction,
                members == null ? null : members.stream().map(DirectoryMapper::doctor).toList());
    }

    static Refs.InstitutionRef institutionRef(Institution i) {
        return i == null ? null : new Refs.InstitutionRef(i.id.toString(), i.code, i.name);
    }

    static Refs.StreetRef streetRef(Street s) {
        return s == null ? null : new Refs.StreetRef(s.id.toString(), s.code, s.name);
    }

    static Refs.DepartmentRef departmentRef(Department d) {
        return d == null ? null : new Refs.DepartmentRef(d.id.toString(), d.code, d.name);
    }

    static Refs.TeamRef teamRef(FamilyDoctorTeam t) {
        return t == null ? null : new Refs.TeamRef(t.id.toString(), t.code, t.name);
    }
}
