import { expect } from "vitest";
import { ValidationError } from "../../src/errors/validation-error.js";

type ErrorClass<E> = abstract new (...args: never[]) => E;

/** The error `run` throws, checked to be a `type`; fails the test when it throws nothing. */
export function thrown<E>(type: ErrorClass<E>, run: () => unknown): E {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(type);
    return error as E;
  }
  throw new Error(`expected a ${type.name}`);
}

/** The error `promise` rejects with, checked to be a `type`; fails the test when it resolves. */
export async function rejection<E>(type: ErrorClass<E>, promise: Promise<unknown>): Promise<E> {
  const outcome = await promise.then(
    () => undefined,
    (error: unknown) => ({ error }),
  );
  if (outcome === undefined) throw new Error(`expected a ${type.name}`);
  expect(outcome.error).toBeInstanceOf(type);
  return outcome.error as E;
}

/** The ValidationError `run` throws, checked to name `field`. */
export function refused(run: () => unknown, field: string): ValidationError {
  const error = thrown(ValidationError, run);
  expect(error.field).toBe(field);
  return error;
}
