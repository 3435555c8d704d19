package io.jiayi.identity.member;

import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import io.jiayi.identity.realname.Person;

/** 就诊人: a family member a resident manages, and the state of that link. */
@Entity
@Table(name = "managed_member")
public class ManagedMember {

    @Id
    public UUID id;

    /** Written only where the row is still as it was read (V15): a lost update is answered 409. */
    @Version
    @Column(name = "version")
    public long version;

    @Column(name = "manager_id")
    public UUID managerId;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "person_id")
    public Person person;

    @Enumerated(EnumType.STRING)
    public Relationship relationship;

    @Enumerated(EnumType.STRING)
    public MemberStatus status;

    @Column(name = "phone_enc", columnDefinition = "text")
    public String phoneEncrypted;

    @Column(name = "guardian_declared_at")
    public OffsetDateTime guardianDeclaredAt;

    @Column(name = "consented_at")
    public OffsetDateTime consentedAt;

    @Column(name = "ended_at")
    public OffsetDateTime endedAt;

    @Column(name = "created_at")
    public OffsetDateTime createdAt;

    @Column(name = "updated_at")
    public OffsetDateTime updatedAt;
}
