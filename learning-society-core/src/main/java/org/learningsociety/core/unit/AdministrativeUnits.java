package org.learningsociety.core.unit;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** The repository of units and their successions. */
public interface AdministrativeUnits {

    /** The version of the unit holding {@code code} on {@code date}, if any. */
    Optional<AdministrativeUnit> findByCode(String code, LocalDate date);

    /** The latest version of the unit that held {@code code}, whenever it did (an abolished unit's last). */
    Optional<AdministrativeUnit> findLatestByCode(String code);

    /** The versions of the units holding {@code codes} on {@code date}, by code (one query per chunk). */
    default java.util.Map<String, AdministrativeUnit> findByCodes(Collection<String> codes, LocalDate date) {
        java.util.Map<String, AdministrativeUnit> found = new java.util.HashMap<>();
        for (String code : codes) {
            findByCode(code, date).ifPresent(unit -> found.put(code, unit));
        }
        return found;
    }

    /** The version of the unit {@code id} valid on {@code date}, if it existed then. */
    Optional<AdministrativeUnit> findById(UnitId id, LocalDate date);

    /**
     * The versions valid on {@code date} of those of {@code ids} that existed then, by id (a report
     * over the whole country asks for ten thousand past units at once: one query, not one per unit).
     */
    default java.util.Map<UnitId, AdministrativeUnit> findByIds(Collection<UnitId> ids, LocalDate date) {
        java.util.Map<UnitId, AdministrativeUnit> found = new java.util.HashMap<>();
        for (UnitId id : new java.util.LinkedHashSet<>(ids)) {
            findById(id, date).ifPresent(unit -> found.put(id, unit));
        }
        return found;
    }

    /** Every version of the unit {@code id}, oldest first. */
    List<AdministrativeUnit> versionsOf(UnitId id);

    /** The units, in their versions valid on {@code date}, whose parent then was {@code parent}. */
    List<AdministrativeUnit> childrenOf(UnitId parent, LocalDate date);

    /**
     * Every unit below {@code root} on {@code date}, at any depth, in their versions valid then
     * (one recursive query, not one per level).
     */
    List<AdministrativeUnit> descendantsOf(UnitId root, LocalDate date);

    /**
     * {@link #descendantsOf} of each of {@code roots} on {@code date} (one recursive query for all of
     * them where the store can: the roll-up of a national report asks for ten thousand past units').
     * Every root is a key, with an empty list if nothing was below it.
     */
    default java.util.Map<UnitId, List<AdministrativeUnit>> descendantsOfEach(Collection<UnitId> roots,
            LocalDate date) {
        java.util.Map<UnitId, List<AdministrativeUnit>> below = new java.util.HashMap<>();
        for (UnitId root : new java.util.LinkedHashSet<>(roots)) {
            below.put(root, descendantsOf(root, date));
        }
        return below;
    }

    /**
     * Takes, until the transaction ends, the lock that makes loads of reference data run one at a time
     * across the nodes of a cluster, so that nodes starting together on an empty database store the
     * units once. Nothing to do where only one process stores units.
     */
    default void lockReferenceData() {
    }

    /** A new identity for a unit about to be added. */
    default UnitId nextId() {
        return nextIds(1);
    }

    /** Reserves {@code count} consecutive new identities and returns the first. */
    UnitId nextIds(int count);

    void add(AdministrativeUnit version);

    void addAll(Collection<AdministrativeUnit> versions);

    /** Closes the open version of {@code id} on {@code lastDay}. */
    void closeVersion(UnitId id, LocalDate lastDay);

    void addSuccessions(Collection<Succession> successions);

    /** The successions of which {@code predecessor} is the predecessor. */
    List<Succession> successionsFrom(UnitId predecessor);

    /** The successions into any of {@code successors} (one query per chunk, not per unit). */
    List<Succession> successionsInto(Collection<UnitId> successors);
}
