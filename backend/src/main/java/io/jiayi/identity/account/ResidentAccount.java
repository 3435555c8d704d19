package io.jiayi.identity.account;

import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import io.jiayi.identity.realname.Person;

/** A resident's account, created by the first SMS login; real name comes later. */
@Entity
@Table(name = "resident_account")
public class ResidentAccount {

    @Id
    public UUID id;

    /** Written only where the row is still as it was read (V15): a lost update is answered 409. */
    @Version
    @Column(name = "version")
    public long version;

    @Column(name = "phone_enc", columnDefinition = "text")
    public String phoneEncrypted;

    @Column(name = "phone_hash", columnDefinition = "bpchar(64)") // char(64), as the catalogue names it for the schema check
    public String phoneHash;

    @OneToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "person_id")
    public Person person;

    @Column(name = "created_at")
    public OffsetDateTime createdAt;

    @Column(name = "last_login_at")
    public OffsetDateTime lastLoginAt;
}
