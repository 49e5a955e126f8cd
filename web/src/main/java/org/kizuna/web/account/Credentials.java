package org.kizuna.web.account;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import org.kizuna.store.Workspace;
import org.kizuna.store.account.Account;
import org.kizuna.store.account.AccountStore;
import org.kizuna.store.account.ApiToken;
import org.kizuna.store.account.Role;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * How Kizuna makes and checks secrets: passwords hashed with bcrypt; random passwords and API tokens from a
 * secure random source; a token kept as the SHA-256 of its text, which is enough for 256 random bits and
 * lets a request's token be found by its hash.
 */
public final class Credentials {

    /** The password encoder of the web's sign-in and of {@code kizuna account}. */
    public static final PasswordEncoder PASSWORDS = new BCryptPasswordEncoder();

    /** The fewest characters a password may have. */
    public static final int MIN_PASSWORD_LENGTH = 8;

    /** What every API token starts with, so that a leaked one is recognisable. */
    static final String TOKEN_PREFIX = "kzn_";

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String PASSWORD_LETTERS = "abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";

    private Credentials() {}

    /** A random password of 16 letters and digits, without look-alikes (l, 1, O, 0). */
    public static String randomPassword() {
        StringBuilder password = new StringBuilder();
        for (int i = 0; i < 16; i++) {
            password.append(PASSWORD_LETTERS.charAt(RANDOM.nextInt(PASSWORD_LETTERS.length())));
        }
        return password.toString();
    }

    /** Creates an account with the password given, hashed. */
    public static Account addAccount(AccountStore accounts, String username, String password, Role role) {
        Account account = new Account(username, PASSWORDS.encode(password), role, Instant.now());
        accounts.add(account);
        return account;
    }

    /**
     * A new API token of the account: its text, to be shown once, and the record kept of it.
     *
     * @param text what the account's scripts send as {@code Authorization: Bearer <text>}
     * @param token the stored record, holding the text's hash only
     */
    public record MintedToken(String text, ApiToken token) {}

    public static MintedToken mintToken(AccountStore accounts, String username) {
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        String text = TOKEN_PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        byte[] id = new byte[4];
        RANDOM.nextBytes(id);
        ApiToken token = new ApiToken(HexFormat.of().formatHex(id), hash(text), username, Instant.now(), null);
        accounts.addToken(token);
        return new MintedToken(text, token);
    }

    /** The hash a token's text is stored and looked up under. */
    public static String hash(String tokenText) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(tokenText.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }

    /**
     * On a workspace without accounts, creates the account {@code admin} with a random password and returns
     * the password, to be shown once; null when the workspace has accounts already.
     */
    public static String firstAdmin(Workspace workspace) {
        AccountStore accounts = new AccountStore(workspace);
        if (!accounts.isEmpty()) {
            return null;
        }
        String password = randomPassword();
        addAccount(accounts, "admin", password, Role.ADMIN);
        return password;
    }
}
