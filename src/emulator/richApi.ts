/**
 * The emulated workbook as Excel's RichApi endpoint: one function from a request body, as Microsoft's Office.js
 * client sends it, to a response body, as that client reads it. With it, `new Excel.RequestContext(url)` from the
 * `@microsoft/office-js` package runs against the emulator (its `OfficeExtension.HttpUtility` lets a custom send
 * function carry each batch), so proxies, load and sync, null objects, PropertyNotLoaded and debugInfo are the
 * package's own.
 *
 * The format is learnt from the package's client code (dist/excel-web-16.00.debug.js):
 * - a request is `{ Actions, ObjectPaths }` (ClientRequest.buildRequestMessageBodyAndRequestFlags);
 * - an object path is the global object (ObjectPathType 1), a property (4) or method (3) of its parent, an
 *   indexer `getItem(key)` (5), or a new object (2), a reference id (6) or null (7); names are PascalCase, their
 *   camelCase is the API's (RequestPrettyPrinter.buildObjectPathInfoExpression, Utility._toCamelLowerCase);
 * - an argument that is an object is sent as its path's id, flagged in ReferencedObjectPathIds (ObjectPath
 *   argument serialisation, seen in the requests themselves);
 * - an action instantiates a path (ActionType 1), queries it (2, QueryInfo.Select), calls a method (3), sets a
 *   property (4) or traces (5);
 * - a response is `{ Results: [{ ActionId, Value }] }`; an instantiate's Value is null for a null object
 *   (InstantiateActionResultHandler → ClientObject._handleIdResult); a query's Value holds the properties in
 *   PascalCase, a collection's items under `_Items` (WorksheetCollection._handleResult, CommonConstants.items);
 *   a method's Value is what it returns (ClientResult._handleResult);
 * - a failure is `{ Error: { Code, Message, Location, ActionIndex } }`, from which the client builds debugInfo's
 *   errorLocation and statement (ClientRequestContext.processRequestExecutorResponseMessage).
 *
 * Each request is carried out action by action on the host's objects (hostObject.ts), which act on the workbook
 * model at once: a request fails where Excel's would and leaves applied what came before the failing action. A
 * path or action the host does not model fails the request with NotImplemented and its ActionIndex; an exception
 * inside the host becomes a GeneralException naming the action. Neither ever throws out of this module.
 */
import type { ExcelEmulator } from "./index";
import { EmulatedOfficeError, invalidArgument } from "./errors";
import type { HostCollection, HostContext, HostNode } from "./hostObject";
import { HostObject, isCollection } from "./hostObject";
import type { WorkbookModel } from "./model";
import { isHostMachinery } from "./surface";
import { Workbook } from "./workbook";
import { utf8Length } from "../core/payload";

export interface RichApiObjectPath {
  readonly Id: number;
  readonly ObjectPathType: number;
  readonly Name: string;
  readonly ParentObjectPathId?: number;
  readonly ArgumentInfo?: RichApiArguments;
}

export interface RichApiArguments {
  readonly Arguments?: readonly unknown[];
  /** Per argument, the id of the object path it stands for, or 0 for a plain value. */
  readonly ReferencedObjectPathIds?: readonly number[];
}

export interface RichApiAction {
  readonly Id: number;
  readonly ActionType: number;
  readonly Name: string;
  readonly ObjectPathId: number;
  readonly ArgumentInfo?: RichApiArguments;
  readonly QueryInfo?: { readonly Select?: readonly string[] | null; readonly Expand?: readonly string[] | null };
}

export interface RichApiRequest {
  readonly Actions: readonly RichApiAction[];
  readonly ObjectPaths: Readonly<Record<string, RichApiObjectPath>>;
}

export interface RichApiError {
  readonly Code: string;
  readonly Message: string;
  readonly Location: string;
  readonly ActionIndex?: number;
  readonly HttpStatusCode: number;
}

/** What the request's URL flags ask (`ProcessQuery?flags=N`): 64 is Excel.run's delayForCellEdit (onBeforeExcelRun). */
export interface RichApiFlags {
  readonly delayForCellEdit?: boolean;
  /** The request body's size in UTF-8 bytes, when it came over the wire. */
  readonly requestBytes?: number;
}

export interface RichApiResponse {
  readonly Results: { readonly ActionId: number; readonly Value: unknown }[];
  readonly Error?: RichApiError;
}

const OBJECT_PATH = { global: 1, newObject: 2, method: 3, property: 4, indexer: 5, referenceId: 6, null: 7 } as const;
const ACTION = { instantiate: 1, query: 2, method: 3, setProperty: 4, trace: 5 } as const;

/** The API's name for a RichApi name: `GetRange` → `getRange` (the client's Utility._toCamelLowerCase). */
const camel = (name: string) => (name === "" ? name : name.charAt(0).toLowerCase() + name.slice(1));
/** The wire's name for an API name: `numberFormat` → `NumberFormat`. */
const pascal = (name: string) => (name === "" ? name : name.charAt(0).toUpperCase() + name.slice(1));

/** A failure the host reports for one action. */
class ActionFailure extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly location: string
  ) {
    super(message);
  }
}

const notImplemented = (what: string) =>
  new ActionFailure("NotImplemented", `The emulator does not model ${what}.`, what);

/** Any object a path stands for: a host object (hostObject.ts) or a plain one a navigation property returns. */
type PathObject = Record<string, unknown>;

/** An object Excel returns that the emulator does not model; its type name says so in every NotImplemented. */
const notModelled = (what: string): PathObject => ({ typeName: what });

const isHostNode = (target: unknown): target is HostNode => target instanceof HostObject;

/** `*` in a query's select asks for every property, as no select does. */
const selected = (select: readonly string[] | null | undefined): readonly string[] =>
  select && !select.includes("*") ? select : [];

/**
 * What a query answers: the selected properties in PascalCase, nested as their select paths go (`format/fill/color`
 * → `Format: { Fill: { Color } }`), with the object's `Id` where it has one.
 */
function queried(target: PathObject, select: readonly string[]): Record<string, unknown> {
  if (!isHostNode(target)) throw notImplemented(`a query of ${typeName(target)}`);
  const out: Record<string, unknown> = { ...idOf(target) };
  // No select reads every scalar property; a select of paths alone (format/font/bold) reads none of this object's.
  if (select.length === 0) Object.assign(out, pascalKeys(target.read([])));
  for (const path of select) {
    const parts = path.split("/");
    let from: unknown = target;
    let into = out;
    for (const part of parts.slice(0, -1)) {
      from = (from as PathObject)[part];
      if (from === undefined) throw notImplemented(`${typeName(target)}.${path}`);
      into = (into[pascal(part)] ??= {}) as Record<string, unknown>;
    }
    const last = parts[parts.length - 1] as string;
    if (!isHostNode(from)) throw notImplemented(`a query of ${path}`);
    // A navigation property loaded by name is an object loaded without naming its properties: "If you call the
    // `load()` method on an object (or collection) without specifying any parameters, all scalar properties of the
    // object (or all scalar properties of all objects in the collection) will be loaded" (office-js-docs-pr, Excel
    // "advanced concepts", "Calling load without parameters"). The client sends `format/font` as such a select.
    const child = navigation(from, last);
    if (child) into[pascal(last)] = { ...(into[pascal(last)] as object | undefined), ...pascalKeys(child.read([])) };
    else into[pascal(last)] = from.read([last])[last];
  }
  return out;
}

/** The object a navigation property of a host object leads to, or undefined for a scalar (or unknown) name. */
function navigation(from: HostNode, name: string): HostNode | undefined {
  if (Object.prototype.hasOwnProperty.call(from.getters(), name)) return undefined;
  const child = (from as unknown as PathObject)[name];
  return isHostNode(child) ? child : undefined;
}

function pascalKeys(values: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(values)) out[pascal(name)] = value;
  return out;
}

/**
 * A query of a collection: its own properties (`rows.load("count")` sends Select ["count"]) at the top, and its
 * items under `_Items` with the other selected properties, unless only its own were asked for
 * (TableRowCollection._handleResult reads both `Count` and `_Items`).
 */
function queriedCollection(target: PathObject & HostCollection, select: readonly string[]): Record<string, unknown> {
  const node = target as unknown as HostNode;
  const ownNames = Object.keys(node.getters());
  const own = select.filter((name) => ownNames.includes(name));
  const forItems = select.filter((name) => !ownNames.includes(name));
  const out: Record<string, unknown> = {};
  if (own.length > 0) for (const [name, value] of Object.entries(node.read(own))) out[pascal(name)] = value;
  if (select.length === 0 || forItems.length > 0)
    out["_Items"] = target.listItems().map((item) => queried(item as unknown as PathObject, forItems));
  return out;
}

/**
 * The id of the sheet, table or chart an object is bound to, as `Id`: the client then addresses it by id from the
 * next request on (ObjectPath.updateUsingObjectData → an indexer `getItem(id)`), so a renamed sheet is still found
 * and an object made by `add()` stays usable after its sync.
 */
function idOf(target: HostNode): { Id?: string } {
  const model = target.tryResolve() as { id?: unknown } | null;
  return model && typeof model.id === "string" ? { Id: model.id } : {};
}

/**
 * Carries out one RichApi request on the emulated workbook and answers it as Excel would. Never throws: every
 * failure is an `Error` in the response.
 */
export async function answerRichApi(
  excel: ExcelEmulator,
  request: RichApiRequest,
  flags: RichApiFlags = {}
): Promise<RichApiResponse> {
  return (await answer(excel, request, flags)).response;
}

/** The answer, and whether the request counted as a round trip of the workbook's. */
async function answer(
  excel: ExcelEmulator,
  request: RichApiRequest,
  flags: RichApiFlags
): Promise<{ response: RichApiResponse; counted: boolean }> {
  const session = sessionOf(excel);
  const actions = Array.isArray(request?.Actions) ? request.Actions : null;
  if (!actions || typeof request.ObjectPaths !== "object" || request.ObjectPaths === null) {
    return { counted: false, response: malformed("it needs Actions and ObjectPaths") };
  }
  // A request that asks nothing of the workbook (Excel.run's cleanup of the references it kept, after the batch
  // has returned and without the add-in waiting for it) costs the workbook no round trip.
  // Such a request instantiates the global object and removes references, nothing more.
  const bookkeeping = (a: RichApiAction) =>
    (a.ActionType === ACTION.method && (a.Name === "_RemoveReference" || a.Name === "_KeepReference")) ||
    (a.ActionType === ACTION.instantiate &&
      request.ObjectPaths[String(a.ObjectPathId)]?.ObjectPathType === OBJECT_PATH.global);
  if (actions.every(bookkeeping)) return { counted: false, response: carryOutActions(session, request, actions) };
  const bytes = flags.requestBytes ?? utf8Length(JSON.stringify(request));
  try {
    return {
      counted: true,
      response: await excel.carryOut(bytes, flags.delayForCellEdit === true, () =>
        carryOutActions(session, request, actions)
      ),
    };
  } catch (error) {
    return { counted: true, response: { Results: [], Error: asRichApiError(error, -1, undefined) } };
  }
}

const malformed = (why: string): RichApiResponse => ({
  Results: [],
  Error: {
    Code: "InvalidArgument",
    Message: `The request is not a RichApi request: ${why}.`,
    Location: "",
    HttpStatusCode: 400,
  },
});

/**
 * One request as it travels: the body the client sent (to the URL whose `flags` carry delayForCellEdit, 64 in
 * onBeforeExcelRun) in, the response body out. The bodies are what Excel on the web limits: a response over the
 * limit is lost, and the add-in sees its batch fail with ResponsePayloadSizeLimitExceeded although what ran stays done.
 */
export async function answerRichApiBody(excel: ExcelEmulator, url: string, body: string): Promise<string> {
  let request: RichApiRequest;
  try {
    request = JSON.parse(body) as RichApiRequest;
  } catch {
    return JSON.stringify(malformed("its body is not JSON"));
  }
  const flags = Number(/[?&]flags=(\d+)/.exec(url)?.[1] ?? 0);
  const { response, counted } = await answer(excel, request, {
    delayForCellEdit: (flags & 64) !== 0,
    requestBytes: utf8Length(body),
  });
  const text = JSON.stringify(response);
  // A failed request's answer is its error, which is always small.
  if (!counted || response.Error || excel.noteWireResponse(utf8Length(text))) return text;
  return JSON.stringify({
    Results: [],
    Error: {
      Code: "ResponsePayloadSizeLimitExceeded",
      Message: `The response payload size (${utf8Length(text)} bytes) has exceeded the limit.`,
      Location: "",
      HttpStatusCode: 413,
    },
  } satisfies RichApiResponse);
}

/** The actions in order; the first that fails stops the request, and what came before it stays done. */
function carryOutActions(
  session: HostSession,
  request: RichApiRequest,
  actions: readonly RichApiAction[]
): RichApiResponse {
  const results: RichApiResponse["Results"][number][] = [];
  /** Objects of this request by path id; kept ones are found by reference id across requests. */
  const objects = new Map<number, PathObject>();
  /** Path ids whose objects the client asked Excel to keep (`_KeepReference`): their instantiation answers a reference id. */
  const kept = new Map<number, string>();
  /** Where Excel would say a failure happened (`WorksheetCollection.getItem`, `Range.values`): the member last used. */
  let location = "";
  const resolve = (id: number): PathObject => {
    const known = objects.get(id);
    if (known) return known;
    const path = request.ObjectPaths[String(id)];
    if (!path)
      throw new ActionFailure(
        "InvalidArgument",
        `The request names object path ${id}, which it does not define.`,
        `ObjectPath ${id}`
      );
    const made = pathObject(path, resolve, session, (where) => (location = where));
    objects.set(id, made);
    return made;
  };
  for (const [index, action] of actions.entries()) {
    try {
      location = "";
      const value = carryOutAction(action, resolve, session, kept, (where) => (location = where));
      if (value !== undefined) results.push({ ActionId: action.Id, Value: value });
    } catch (error) {
      session.excel.failedOperation = index;
      return {
        Results: [],
        Error: asRichApiError(
          error instanceof EmulatedOfficeError && location !== "" ? error.at(location) : error,
          index,
          action
        ),
      };
    }
  }
  return { Results: results };
}

/**
 * What the host keeps for one workbook between requests: the root of every object path, and the objects the
 * client asked it to keep, by reference id (TrackedObjects._addCommon → `_KeepReference`, then an ObjectPathType 6
 * path naming `_ReferenceId`; `_RemoveReference` lets one go).
 */
interface HostSession {
  readonly excel: ExcelEmulator;
  readonly context: HostContext;
  readonly references: Map<string, PathObject>;
  next: number;
}

const sessions = new WeakMap<ExcelEmulator, HostSession>();

function sessionOf(excel: ExcelEmulator): HostSession {
  let session = sessions.get(excel);
  if (!session) {
    const model = () => excel.model;
    const context: { model: () => WorkbookModel; workbook: Workbook | null } = { model, workbook: null };
    context.workbook = new Workbook(context as HostContext, model);
    sessions.set(excel, (session = { excel, context: context as HostContext, references: new Map(), next: 0 }));
  }
  return session;
}

/** The object a path stands for, made by the host's objects (their navigation properties and methods). */
function pathObject(
  path: RichApiObjectPath,
  resolve: (id: number) => PathObject,
  session: HostSession,
  at: (location: string) => void
): PathObject {
  const parent = () => resolve(path.ParentObjectPathId ?? -1);
  const args = () => argumentsOf(path.ArgumentInfo, resolve);
  switch (path.ObjectPathType) {
    case OBJECT_PATH.global:
      return session.context.workbook as unknown as PathObject;
    case OBJECT_PATH.referenceId: {
      const kept = session.references.get(path.Name);
      if (!kept)
        throw new ActionFailure(
          "InvalidObjectPath",
          `The object with reference id ${path.Name} is no longer kept.`,
          `ObjectPath ${path.Id}`
        );
      return kept;
    }
    case OBJECT_PATH.property: {
      const owner = parent();
      const name = camel(path.Name);
      at(`${typeName(owner)}.${name}`);
      const value = name in owner && !isHostMachinery(name) ? owner[name] : undefined;
      if (value === null || typeof value !== "object") throw notImplemented(`${typeName(owner)}.${name}`);
      return value as PathObject;
    }
    case OBJECT_PATH.method:
    case OBJECT_PATH.indexer: {
      const owner = parent();
      const name = path.ObjectPathType === OBJECT_PATH.indexer ? "getItem" : camel(path.Name);
      const method = owner[name];
      if (typeof method !== "function" || isHostMachinery(name)) throw notImplemented(`${typeName(owner)}.${name}`);
      const given = args();
      at(`${typeName(owner)}.${name}`);
      const returned = (method as (...a: unknown[]) => unknown).apply(owner, given);
      // The host's method ran but returns nothing where Excel returns an object (customProperties.add, rows.add):
      // a stand-in answers its instantiation, and any use of it fails as not modelled.
      return returned !== null && typeof returned === "object"
        ? (returned as PathObject)
        : notModelled(`the object ${typeName(owner)}.${name} returns`);
    }
    case OBJECT_PATH.null:
      // The client sends a null object's path as such when the add-in goes on using it after the sync that found
      // it null (ObjectPath._updateAsNullObject turns its path into type 7): nothing in the workbook answers to it.
      throw new ActionFailure(
        "ItemNotFound",
        "The requested resource doesn't exist. (a null object)",
        `ObjectPath ${path.Id}`
      );
    default:
      throw notImplemented(`object path type ${path.ObjectPathType} (${path.Name || "unnamed"})`);
  }
}

/** Carries out one action now; returns its result, or undefined when it has none. */
function carryOutAction(
  action: RichApiAction,
  resolve: (id: number) => PathObject,
  session: HostSession,
  kept: Map<number, string>,
  at: (location: string) => void
): unknown {
  if (action.ActionType === ACTION.method && action.Name === "_RemoveReference") {
    session.references.delete(String((action.ArgumentInfo?.Arguments ?? [])[0]));
    return undefined;
  }
  const target = resolve(action.ObjectPathId);
  switch (action.ActionType) {
    case ACTION.instantiate: {
      // InstantiateActionResultHandler: null marks a null object; else the object's data, its reference id
      // when kept. Binding it now fails a missing item or a bad address at this action.
      const bound = isHostNode(target) ? target.tryResolve() : target;
      if (bound === null) return null;
      const reference = kept.get(action.ObjectPathId);
      return {
        ...(isHostNode(target) ? idOf(target) : {}),
        ...(reference === undefined ? {} : { _ReferenceId: reference }),
      };
    }
    case ACTION.query: {
      const select = selected(action.QueryInfo?.Select);
      if (isHostNode(target) && target.orNull && target.tryResolve() === null) return null;
      return isCollection(target) ? queriedCollection(target, select) : queried(target, select);
    }
    case ACTION.method: {
      if (action.Name === "_KeepReference") {
        const id = `R${++session.next}`;
        session.references.set(id, target);
        kept.set(action.ObjectPathId, id);
        return undefined;
      }
      // The client asks before sending a large values array whether the range takes one of that size
      // (Range._ValidateArraySize, ExcelApi 1.3): the range answers it (Range.validateArraySize).
      const name = action.Name === "_ValidateArraySize" ? "validateArraySize" : camel(action.Name);
      const method = target[name];
      if (typeof method !== "function" || isHostMachinery(name)) throw notImplemented(`${typeName(target)}.${name}`);
      const given = argumentsOf(action.ArgumentInfo, resolve);
      at(`${typeName(target)}.${name}`);
      const returned = (method as (...a: unknown[]) => unknown).apply(target, given);
      // A method's value is what it returns (ClientResult._handleResult); an object it returns is not a value.
      return returned !== null && typeof returned === "object" ? undefined : returned;
    }
    case ACTION.setProperty: {
      const name = camel(action.Name);
      // Only a property the object declares settable takes a value: any other name (a method, a read-only
      // property, a member of the host's own) fails as a name the object lacks, never lands on the host's object.
      if (!settable(target, name))
        throw isHostNode(target)
          ? invalidArgument(`${typeName(target)} has no settable property '${name}'`)
          : notImplemented(`${typeName(target)}.${name}`);
      at(`${typeName(target)}.${name}`);
      target[name] = (action.ArgumentInfo?.Arguments ?? [])[0];
      return undefined;
    }
    case ACTION.trace:
      return undefined;
    default:
      throw notImplemented(`action type ${action.ActionType} (${action.Name || "unnamed"})`);
  }
}

/** Whether a property of this name has a setter on the object's class (or is a plain object's own member). */
function settable(target: PathObject, name: string): boolean {
  if (!isHostNode(target)) return Object.prototype.hasOwnProperty.call(target, name);
  if (isHostMachinery(name)) return false;
  for (
    let proto = Object.getPrototypeOf(target) as object | null;
    proto && proto !== Object.prototype;
    proto = Object.getPrototypeOf(proto) as object | null
  ) {
    const descriptor = Object.getOwnPropertyDescriptor(proto, name);
    if (descriptor) return typeof descriptor.set === "function";
  }
  return false;
}

/** An action's or path's arguments, with each referenced object path replaced by its object. */
function argumentsOf(info: RichApiArguments | undefined, resolve: (id: number) => PathObject): unknown[] {
  const values = info?.Arguments ?? [];
  const references = info?.ReferencedObjectPathIds ?? [];
  return values.map((value, i) => ((references[i] ?? 0) > 0 ? resolve(references[i] as number) : value));
}

function typeName(target: PathObject): string {
  return String(target["typeName"] ?? target.constructor?.name ?? "object");
}

function asRichApiError(error: unknown, index: number, action: RichApiAction | undefined): RichApiError {
  const at = index >= 0 ? { ActionIndex: index } : {};
  if (error instanceof ActionFailure)
    return { Code: error.code, Message: error.message, Location: error.location, HttpStatusCode: 400, ...at };
  if (error instanceof EmulatedOfficeError) {
    const status =
      error.code === "RequestPayloadSizeLimitExceeded" || error.code === "ResponsePayloadSizeLimitExceeded" ? 413 : 400;
    return {
      Code: error.code,
      Message: error.message,
      Location: error.debugInfo.errorLocation ?? action?.Name ?? "",
      HttpStatusCode: status,
      ...at,
    };
  }
  const location = action ? `${action.Name || `action ${action.Id}`}` : "";
  return {
    Code: "GeneralException",
    Message: `The host failed while carrying out ${location || "the request"}: ${error instanceof Error ? error.message : String(error)}`,
    Location: location,
    HttpStatusCode: 500,
    ...at,
  };
}

/** What the Office.js client hands its custom send function, and what it wants back (HttpUtility.sendRequest). */
export interface RichApiHttpRequest {
  readonly url: string;
  readonly body?: unknown;
}
export interface RichApiHttpResponse {
  readonly statusCode: number;
  readonly headers: Record<string, string>;
  readonly body: string;
}

/** The part of `OfficeExtension` the transport needs. */
export interface OfficeExtensionTransport {
  readonly HttpUtility: {
    setCustomSendRequestFunc(send: (request: RichApiHttpRequest) => Promise<RichApiHttpResponse>): void;
  };
}

/**
 * Routes the Office.js client's requests to emulators by URL: `serve(excel)` gives the URL for
 * `new Excel.RequestContext(url)`. Bodies are measured as they travel, and a request or a response over the
 * emulator's limits fails with Excel's codes.
 */
export function richApiTransport(officeExtension: OfficeExtensionTransport): {
  serve(excel: ExcelEmulator, turn?: () => Promise<void>): string;
} {
  const hosts = new Map<string, { excel: ExcelEmulator; turn?: () => Promise<void> }>();
  officeExtension.HttpUtility.setCustomSendRequestFunc(async (request) => {
    const base = [...hosts.keys()].find((url) => request.url.startsWith(url));
    const host = base === undefined ? undefined : hosts.get(base);
    if (!host) return { statusCode: 404, headers: {}, body: "" };
    const text = typeof request.body === "string" ? request.body : JSON.stringify(request.body ?? {});
    // A coauthoring session's request waits for its turn (coauthoring.ts).
    if (host.turn) await host.turn();
    return {
      statusCode: 200,
      headers: { "content-type": "application/json" },
      body: await answerRichApiBody(host.excel, request.url, text),
    };
  });
  let next = 0;
  return {
    /** The URL a context sends to; `turn`, for one of several coauthoring sessions, says when its request may go. */
    serve(excel, turn) {
      const url = `https://emulated-excel-${++next}.invalid/`;
      hosts.set(url, turn ? { excel, turn } : { excel });
      return url;
    },
  };
}
