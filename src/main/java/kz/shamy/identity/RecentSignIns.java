package kz.shamy.identity;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Ticker;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.context.event.EventListener;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Local mode's sign-ins of the last few seconds: HTTP Basic signs in on every request to the APIs, and each sign-in
 * read the password, the groups and the tenants from the database (issue 13). A sign-in that succeeded is
 * remembered for {@link #DEFAULT_REMEMBER_FOR} with what it granted; the same username with the same password within
 * that time is answered from memory.
 * <ul>
 * <li>The password is not kept: only an HMAC-SHA-256 of it under a key drawn at random when Shamy starts, compared in
 *     constant time.</li>
 * <li>A different password is never answered from memory: it goes to the engine, which counts a wrong one and may
 *     lock the account, and a failed attempt forgets the username.</li>
 * <li>Any write to the engine's accounts ({@link EngineIdentityChanged}: a new password, a membership, a deleted
 *     user) forgets everyone, at once and again when that write's transaction ends, so a sign-in racing the change
 *     cannot keep the old state. A change made on another node of a cluster reaches this node's memory when the
 *     entry expires, at most {@link #DEFAULT_REMEMBER_FOR} later.</li>
 * </ul>
 */
public class RecentSignIns {

    public static final Duration DEFAULT_REMEMBER_FOR = Duration.ofSeconds(30);
    private static final String HMAC = "HmacSHA256";

    private record Remembered(byte[] passwordMac, List<GrantedAuthority> authorities) {
    }

    private final Cache<String, Remembered> signIns;
    private final SecretKeySpec key;

    public RecentSignIns(Duration rememberFor, int size) {
        this(rememberFor, size, Ticker.systemTicker());
    }

    RecentSignIns(Duration rememberFor, int size, Ticker ticker) {
        this.signIns = Caffeine.newBuilder().maximumSize(size).expireAfterWrite(rememberFor).ticker(ticker).build();
        byte[] secret = new byte[32];
        new SecureRandom().nextBytes(secret);
        this.key = new SecretKeySpec(secret, HMAC);
    }

    /** What this username with this password was granted a moment ago, if it signed in with it then. */
    public Optional<Collection<GrantedAuthority>> recall(String username, String password) {
        Remembered remembered = signIns.getIfPresent(username);
        if (remembered == null || !MessageDigest.isEqual(remembered.passwordMac(), mac(password))) {
            return Optional.empty();
        }
        return Optional.of(remembered.authorities());
    }

    public void remember(String username, String password, Collection<GrantedAuthority> authorities) {
        signIns.put(username, new Remembered(mac(password), List.copyOf(authorities)));
    }

    public void forget(String username) {
        signIns.invalidate(username);
    }

    public void forgetEveryone() {
        signIns.invalidateAll();
    }

    @EventListener
    void accountsChanged(EngineIdentityChanged change) {
        forgetEveryone();
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    forgetEveryone();
                }
            });
        }
    }

    private byte[] mac(String password) {
        try {
            Mac mac = Mac.getInstance(HMAC);
            mac.init(key);
            return mac.doFinal(password.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(HMAC + " is part of every Java runtime", e);
        }
    }
}
