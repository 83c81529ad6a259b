/**
 * The base of every emulated proxy: queued operations, load and sync, null objects, typed property checks.
 * See request.ts for the request model as a whole.
 */
import { invalidArgument, itemNotFound, propertyNotLoaded } from "./errors";
import type { RequestContext } from "./request";
import { utf8Length } from "../core/payload";
import { SLICE_MS, nextTask } from "./slices";



export type LoadSpec = string | string[] | { select?: string | string[] };

export function loadList(spec: LoadSpec | undefined): string[] {
  if (spec === undefined) return [];
  const raw = typeof spec === "string" || Array.isArray(spec) ? spec : (spec.select ?? []);
  const list = Array.isArray(raw) ? raw : raw.split(",");
  return list.map((p) => p.trim()).filter((p) => p.length > 0);
}

/**
 * The item properties a collection load asks for: `items` alone (or nothing) means all of them, `items/name` the
 * name (the load paths of office-js-docs-pr docs/develop/application-specific-api-model.md, "load").
 */
export function itemNames(spec: LoadSpec | undefined): string[] {
  return loadList(spec)
    .filter((n) => n !== "items")
    .map((n) => n.replace(/^items\//, ""));
}

/** A loaded value as it comes back over the wire: through JSON, and counted toward the response's size. */
export function cloneResponse<V>(context: RequestContext, value: V): V {
  if (value === undefined) return value;
  if (value instanceof CellRows) return cloneRows(context, value, false) as V;
  const json = JSON.stringify(value);
  context.noteResponse(utf8Length(json));
  return JSON.parse(json) as V;
}

/** A range's cells as rows, made one row at a time when the answer is put together (values, formats, text). */
export class CellRows {
  constructor(
    readonly count: number,
    readonly row: (index: number) => unknown[],
  ) {}
}

/** Rows put through JSON a part at a time. */
const ROWS_PER_PART = 1_000;

/**
 * A range's rows as they come back over the wire, counted byte for byte as the whole array's JSON would be. When
 * `inSlices`, a large answer is put together in slices of the page's thread (slices.ts) and comes as a promise.
 */
export function cloneRows(context: RequestContext, rows: CellRows, inSlices: boolean): unknown[][] | Promise<unknown[][]> {
  const out: unknown[][] = [];
  // "[" and "]" around the whole, and a comma between parts, besides each part's own JSON less its brackets.
  let bytes = 2;
  const from = (start: number): unknown[][] | Promise<unknown[][]> => {
    const started = performance.now();
    for (let at = start; at < rows.count; at += ROWS_PER_PART) {
      const part: unknown[][] = [];
      for (let i = at; i < Math.min(rows.count, at + ROWS_PER_PART); i++) part.push(rows.row(i));
      const json = JSON.stringify(part);
      bytes += utf8Length(json) - 2 + (at > 0 ? 1 : 0);
      for (const row of JSON.parse(json) as unknown[][]) out.push(row);
      if (inSlices && at + ROWS_PER_PART < rows.count && performance.now() - started > SLICE_MS) return nextTask().then(() => from(at + ROWS_PER_PART));
    }
    context.noteResponse(rows.count === 0 ? 2 : bytes);
    return out;
  };
  return from(0);
}


/** A value a method returns, readable after the next sync (OfficeExtension.ClientResult). */
export class ClientResult<V> {
  private ready = false;
  private result: V | undefined;

  set(value: V): void {
    this.result = value;
    this.ready = true;
  }

  get value(): V {
    if (!this.ready) throw propertyNotLoaded("value");
    return this.result as V;
  }
}

export type Getters<T> = Record<string, (target: T) => unknown>;

export abstract class ClientObject<T> {
  protected readonly loaded = new Map<string, unknown>();
  private resolved: { target: T | null } | undefined;
  private nullState: boolean | undefined;

  constructor(
    readonly context: RequestContext,
    private readonly locate: () => T | null,
    protected readonly typeName: string,
    private readonly orNull = false,
  ) {
    if (orNull) {
      context.enqueue(`${typeName}.isNullObject`, null, () => {
        this.nullState = this.tryResolve() === null;
      });
    }
    // Office.js proxies have only their type's properties. Assigning another one would be an add-in bug that
    // Excel ignores (a real Excel property the emulator does not model would silently do nothing here): refuse it.
    return new Proxy(this, {
      set: (target, property, value, receiver) => {
        if (!(property in target)) throw new TypeError(`Excel.${typeName} has no property '${String(property)}' that the emulator models.`);
        return Reflect.set(target, property, value, receiver);
      },
    });
  }

  /**
   * Office.js instantiates an object when the add-in creates it (getItem, getRange …), in the batch's order: a
   * missing item or a bad address fails the next sync even when the object is never used (the request model,
   * office-js-docs-pr docs/excel/excel-add-ins-advanced-concepts.md, "proxy objects").
   */
  instantiated(location: string): this {
    this.context.enqueue(location, null, () => {
      this.tryResolve();
    });
    return this;
  }

  /** Scalar properties `load()` can fill, by name. */
  protected abstract getters(): Getters<T>;

  /** Navigation properties, for load paths like `format/fill/color`. */
  protected navigation(): Record<string, { load(spec?: LoadSpec): unknown }> {
    return {};
  }

  /** Whether the object the proxy was bound to still exists (a deleted sheet does not). */
  protected isAlive(_target: T): boolean {
    return true;
  }

  get isNullObject(): boolean {
    if (!this.orNull) return false;
    if (this.nullState === undefined) throw propertyNotLoaded("isNullObject");
    return this.nullState;
  }

  /** At sync time: the object this proxy stands for, bound once and kept, as Office.js binds by id. */
  protected tryResolve(): T | null {
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

  load(spec?: LoadSpec): this {
    const getters = this.getters();
    const names = loadList(spec);
    const scalars: string[] = [];
    for (const name of names.length > 0 ? names : Object.keys(getters)) {
      const slash = name.indexOf("/");
      if (slash >= 0) {
        const nav = this.navigation()[name.slice(0, slash)];
        if (!nav) throw invalidArgument(`${this.typeName} has no navigation property '${name.slice(0, slash)}'`);
        nav.load(name.slice(slash + 1));
      } else if (this.navigation()[name]) {
        this.navigation()[name]?.load();
      } else {
        scalars.push(name);
      }
    }
    if (scalars.length === 0 && names.length > 0) return this;
    this.context.enqueue(`${this.typeName}.load`, { select: scalars }, () => {
      const unknown = scalars.find((name) => !getters[name]);
      if (unknown) throw invalidArgument(`${this.typeName} has no property '${unknown}'`);
      if (this.orNull && this.tryResolve() === null) return;
      const target = this.resolve();
      const pending: Promise<void>[] = [];
      for (const name of scalars) {
        const value = (getters[name] as (t: T) => unknown)(target);
        if (!(value instanceof CellRows)) {
          this.loaded.set(name, cloneResponse(this.context, value));
          continue;
        }
        // A range's cells: a large answer is put together in slices, the load finishing in a later task.
        const rows = cloneRows(this.context, value, true);
        if (rows instanceof Promise) pending.push(rows.then((r) => void this.loaded.set(name, r)));
        else this.loaded.set(name, rows);
      }
      return pending.length > 0 ? Promise.all(pending).then(() => undefined) : undefined;
    });
    return this;
  }

  /** Used by collection loads, which fill their items in the same step; what they bring back counts toward the response. */
  fillLoaded(names: readonly string[]): void {
    const getters = this.getters();
    const target = this.resolve();
    for (const name of names.length > 0 ? names : Object.keys(getters)) {
      const get = getters[name];
      if (!get) throw invalidArgument(`${this.typeName} has no property '${name}'`);
      this.loaded.set(name, cloneResponse(this.context, get(target)));
    }
  }

  /**
   * A collection's load of its items: queued like any load; at sync `make` builds the items, each filled with the
   * asked properties (all of them for `items` alone), and `keep` stores them.
   */
  protected queueItemsLoad<I extends { fillLoaded(names: readonly string[]): void }>(spec: LoadSpec | undefined, make: () => I[], keep: (items: I[]) => void): void {
    const names = itemNames(spec);
    this.context.enqueue(`${this.typeName}.load`, { select: names }, () => {
      const items = make();
      for (const item of items) item.fillLoaded(names);
      keep(items);
    });
  }

  toJSON(): Record<string, unknown> {
    return Object.fromEntries(this.loaded);
  }

  private readonly children = new Map<string, unknown>();

  /** A navigation property is one proxy for the object's lifetime, so what is loaded through it stays readable. */
  protected child<C>(name: string, make: () => C): C {
    if (!this.children.has(name)) this.children.set(name, make());
    return this.children.get(name) as C;
  }

  protected read<V>(property: string): V {
    if (this.orNull && this.nullState === true) throw itemNotFound(`${this.typeName} is a null object`);
    if (!this.loaded.has(property)) throw propertyNotLoaded(property);
    return this.loaded.get(property) as V;
  }

  /** On a null object, setting a property does nothing (office-js-docs-pr docs/develop/application-specific-api-model.md, "*OrNullObject methods and properties"). */
  protected write(property: string, value: unknown, apply: (target: T, value: unknown) => unknown): void {
    this.loaded.set(property, value);
    this.context.enqueue(`${this.typeName}.${property}`, value, (v) => {
      const target = this.target();
      // A large write may finish in a later slice (slices.ts), and says so with a promise.
      const done = target === null ? undefined : apply(target, v);
      return done instanceof Promise ? (done as Promise<void>) : undefined;
    });
  }

  /** On a null object, a method does nothing, as a property set does. */
  protected call(method: string, args: unknown, run: (target: T, args: unknown) => unknown): void {
    this.context.enqueue(`${this.typeName}.${method}`, args, (a) => {
      const target = this.target();
      // A long method (autofit over a large sheet) may finish in a later slice, and says so with a promise.
      const done = target === null ? undefined : run(target, a);
      return done instanceof Promise ? (done as Promise<void>) : undefined;
    });
  }

  /** The object, or null for a null object; anything else missing fails with ItemNotFound. */
  private target(): T | null {
    return this.orNull ? this.tryResolve() : this.resolve();
  }
}

export function requireString(value: unknown, what: string): string {
  if (typeof value !== "string") throw invalidArgument(`${what} must be text`);
  return value;
}

export function requireBoolean(value: unknown, what: string): boolean {
  if (typeof value !== "boolean") throw invalidArgument(`${what} must be true or false`);
  return value;
}

export function requireCount(value: unknown, what: string, min: number): number {
  if (typeof value !== "number" || !Number.isInteger(value) || value < min) throw invalidArgument(`${what}: ${String(value)}`);
  return value;
}

// ---------------------------------------------------------------- workbook and application

export function requireOneOf(value: unknown, allowed: string[], what: string): string {
  if (typeof value !== "string" || !allowed.includes(value)) throw invalidArgument(`${what} ${String(value)}`);
  return value;
}
