package kz.shamy.identity;

/**
 * The engine's own store of accounts changed: a user, a password, a group, a membership or a tenant was written (by
 * the Admin webapp, {@code /engine-rest}, or Shamy's seeding). Published by the engine adapter while the change is
 * being made; whoever remembers something about accounts forgets it ({@link RecentSignIns}).
 */
public record EngineIdentityChanged() {
}
