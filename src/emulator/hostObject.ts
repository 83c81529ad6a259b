/**
 * The base of every object the workbook host answers for: what a RichApi object path stands for (richApi.ts).
 * The client (Microsoft's Office.js) queues, loads and syncs; the host only carries out, in the request's order,
 * what each action asks of the workbook model: an instantiation binds the object, a query reads its properties
 * (`getters`), a set property or a method changes the workbook at once. A failure is thrown as Excel's error and
 * stops the request there (richApi.ts turns it into the response's Error and ActionIndex).
 */
import { invalidArgument, itemNotFound } from "./errors";
import type { WorkbookModel } from "./model";

/** The readable properties of an object, by their API name (camelCase), read from what the object is bound to. */
export type Getters<T> = Record<string, (target: T) => unknown>;

/** What the host keeps between requests for one workbook: the root objects every object path starts from. */
export interface HostContext {
  readonly model: () => WorkbookModel;
  readonly workbook: HostObject<WorkbookModel>;
}

export abstract class HostObject<T> {
  private resolved: { target: T | null } | undefined;

  constructor(
    readonly context: HostContext,
    private readonly locate: () => T | null,
    /** The API's type name, for error locations and NotImplemented (`Range`, `WorksheetCollection`). */
    readonly typeName: string,
    /** Made by a `*OrNullObject` method: a missing target is a null object, not ItemNotFound. */
    readonly orNull = false
  ) {}

  /** Scalar properties a query can read, by name. */
  abstract getters(): Getters<T>;

  /** Whether the object the path was bound to still exists (a deleted sheet does not). */
  protected isAlive(_target: T): boolean {
    return true;
  }

  /**
   * The object this path stands for, bound once and kept, as Excel binds an object by id: a renamed sheet is still
   * the same sheet.
   */
  tryResolve(): T | null {
    if (!this.resolved) this.resolved = { target: this.locate() };
    const target = this.resolved.target;
    if (target !== null && !this.isAlive(target)) throw itemNotFound(`${this.typeName} no longer exists`);
    return target;
  }

  resolve(): T {
    const target = this.tryResolve();
    if (target === null) throw itemNotFound(`${this.typeName} is a null object`);
    return target;
  }

  /** Whether this is a null object (only a `*OrNullObject` path can be). */
  get isNull(): boolean {
    return this.orNull && this.tryResolve() === null;
  }

  /**
   * Binds the object now: a missing item or a bad address fails the action that instantiates it, even when the
   * object is never used afterwards (the request model, office-js-docs-pr
   * docs/excel/excel-add-ins-advanced-concepts.md, "proxy objects").
   */
  instantiated(): this {
    this.tryResolve();
    return this;
  }

  /** The asked properties (all scalar ones when none is named), read now. */
  read(names: readonly string[]): Record<string, unknown> {
    const getters = this.getters();
    const target = this.resolve();
    const out: Record<string, unknown> = {};
    for (const name of names.length > 0 ? names : Object.keys(getters)) {
      const get = getters[name];
      if (!get) throw invalidArgument(`${this.typeName} has no property '${name}'`);
      out[name] = get(target);
    }
    return out;
  }

  /** Sets a property; on a null object it does nothing (office-js-docs-pr application-specific-api-model.md, "*OrNullObject"). */
  protected write(value: unknown, apply: (target: T, value: unknown) => unknown): void {
    const target = this.target();
    if (target !== null) apply(target, value);
  }

  /** Calls a method; on a null object it does nothing, as a property set does. */
  protected call<R>(args: unknown, run: (target: T, args: unknown) => R): R | undefined {
    const target = this.target();
    return target === null ? undefined : run(target, args);
  }

  /** The object, or null for a null object; anything else missing fails with ItemNotFound. */
  private target(): T | null {
    return this.orNull ? this.tryResolve() : this.resolve();
  }

  private readonly children = new Map<string, unknown>();

  /** A navigation property is one object for this object's lifetime. */
  protected child<C>(name: string, make: () => C): C {
    if (!this.children.has(name)) this.children.set(name, make());
    return this.children.get(name) as C;
  }
}

/** What the RichApi dispatch needs of any object, whatever it is bound to. */
export interface HostNode {
  readonly typeName: string;
  readonly orNull: boolean;
  tryResolve(): unknown;
  read(names: readonly string[]): Record<string, unknown>;
  getters(): Record<string, unknown>;
}

/** A collection: a query of it answers its items (`_Items`), each read as its own object. */
export interface HostCollection {
  listItems(): HostNode[];
}

export const isCollection = (target: unknown): target is HostCollection =>
  typeof (target as Partial<HostCollection>).listItems === "function";

export function requireString(value: unknown, what: string): string {
  if (typeof value !== "string") throw invalidArgument(`${what} must be text`);
  return value;
}

export function requireBoolean(value: unknown, what: string): boolean {
  if (typeof value !== "boolean") throw invalidArgument(`${what} must be true or false`);
  return value;
}

export function requireCount(value: unknown, what: string, min: number): number {
  if (typeof value !== "number" || !Number.isInteger(value) || value < min)
    throw invalidArgument(`${what}: ${String(value)}`);
  return value;
}

export function requireOneOf(value: unknown, allowed: string[], what: string): string {
  if (typeof value !== "string" || !allowed.includes(value)) throw invalidArgument(`${what} ${String(value)}`);
  return value;
}
