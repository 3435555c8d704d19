package io.jiayi.identity.account;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import io.jiayi.common.error.Constraints;
import io.jiayi.common.error.ProblemCode;
import io.jiayi.common.error.ProblemException;
import io.jiayi.common.privacy.Masking;
import io.jiayi.common.privacy.PersonalDataCipher;
import io.jiayi.identity.sms.OneTimeCodes;
import io.jiayi.identity.token.AccessTokens;
import io.jiayi.identity.token.RefreshToken.SubjectKind;
import io.jiayi.identity.token.Sessions;
import io.jiayi.identity.token.TokenPair;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;

/** Residents sign in with their phone and a code sent to it; the first sign-in opens the account. */
@ApplicationScoped
public class ResidentLogin {

    private static final Logger LOG = Logger.getLogger(ResidentLogin.class);
    static final String LOGIN_MESSAGE = "【家医】您的登录验证码是 %s，%d 分钟内有效。请勿将验证码告诉他人。";

    private final OneTimeCodes codes;
    private final ResidentAccountRepository accounts;
    private final Sessions sessions;
    private final PersonalDataCipher cipher;
    private final Clock clock;

    public ResidentLogin(OneTimeCodes codes, ResidentAccountRepository accounts, Sessions sessions,
            PersonalDataCipher cipher, Clock clock) {
        this.codes = codes;
        this.accounts = accounts;
        this.sessions = sessions;
        this.cipher = cipher;
        this.clock = clock;
    }

    public Uni<OneTimeCodes.Sent> sendCode(String phone, String clientAddress) {
        return codes.send(OneTimeCodes.Purpose.LOGIN, "-", phone, clientAddress, LOGIN_MESSAGE);
    }

    public Uni<TokenPair> login(String phone, String code) {
        return codes.verify(OneTimeCodes.Purpose.LOGIN, "-", phone, code).flatMap(verdict -> switch (verdict.check()) {
            case ACCEPTED -> signIn(phone);
            case WRONG -> Uni.createFrom().failure(
                    new ProblemException(ProblemCode.SMS_CODE_INVALID, Integer.toString(verdict.remainingTries())));
            case EXPIRED -> Uni.createFrom().failure(new ProblemException(ProblemCode.SMS_CODE_EXPIRED));
            case TRIES_EXCEEDED -> Uni.createFrom().failure(new ProblemException(ProblemCode.SMS_CODE_TRIES_EXCEEDED));
        });
    }

    @WithTransaction
    Uni<TokenPair> signIn(String phone) {
        String phoneHash = cipher.lookupHash(phone);
        OffsetDateTime now = OffsetDateTime.now(clock);
        return accounts.findByPhoneHash(phoneHash)
                // Only the login time is written, not the account as read here: a real name registered
                // meanwhile was written back as absent when the whole row went back.
                .flatMap(existing -> existing != null
                        ? accounts.update("lastLoginAt = ?1 where id = ?2", now, existing.id).replaceWith(existing)
                        : accounts.persistAndFlush(newAccount(phone, phoneHash, now))
                                .invoke(created -> LOG.infof("Opened resident account for %s", Masking.phone(phone))))
                // Two first logins at once with two valid codes: the other one opened the account.
                .onFailure(failure -> Constraints.violated(failure, "resident_account_phone_hash_key"))
                .transform(failure -> new ProblemException(ProblemCode.CONFLICT))
                .flatMap(account -> sessions.open(SubjectKind.RESIDENT,
                        AccessTokens.Grant.resident(account.id, account.person == null ? null : account.person.id)));
    }

    private ResidentAccount newAccount(String phone, String phoneHash, OffsetDateTime now) {
        ResidentAccount account = new ResidentAccount();
        account.id = UUID.randomUUID();
        account.phoneEncrypted = cipher.encrypt(phone);
        account.phoneHash = phoneHash;
        account.createdAt = now;
        account.lastLoginAt = now;
        return account;
    }
}
