/** The demo population of a test system: small enough to seed in seconds, large enough for every team and state. */
export const TEST_POPULATION = { ongoing: 40, discharged: 10 };
