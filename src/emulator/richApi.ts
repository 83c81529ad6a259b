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
 * Each request is carried out by the emulator's workbook objects in one batch, so a request fails where Excel's
 * would and leaves applied what came before the failing action. A path or action the emulator does not model
 * fails the request with NotImplemented and its ActionIndex; an exception inside the host becomes a
 * GeneralException naming the action. Neither ever throws out of this function.
 */
import type { ExcelEmulator } from "./index";
import { EmulatedOfficeError } from "./errors";
import { RequestContext } from "./request";
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

/** A failure the host reports for one action, before or while the batch is carried out. */
class ActionFailure extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly location: string,
  ) {
    super(message);
  }
}

const notImplemented = (what: string) => new ActionFailure("NotImplemented", `The emulator does not model ${what}.`, what);

type HostObject = Record<string, unknown>;

/** An object Excel returns that the emulator does not model; its type name says so in every NotImplemented. */
const notModelled = (what: string): HostObject => ({ typeName: what });

/** The loaded properties of an object, PascalCase and nested as the query's select paths ask (`format/fill/color`). */
function queried(target: HostObject, select: readonly string[] | null | undefined): Record<string, unknown> {
  const json = (o: unknown) => ((o as { toJSON?: () => Record<string, unknown> }).toJSON?.() ?? {}) as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  const own = json(target);
  const wanted = select && select.length > 0 ? select : Object.keys(own);
  for (const path of wanted) {
    const parts = path.split("/");
    let from: unknown = target;
    let into = out;
    for (const part of parts.slice(0, -1)) {
      from = (from as HostObject)[part];
      const key = pascal(part);
      into = (into[key] ??= {}) as Record<string, unknown>;
    }
    const last = parts[parts.length - 1] as string;
    const values = from === target ? own : json(from);
    if (last in values) into[pascal(last)] = values[last];
  }
  return out;
}

/**
 * The id of the sheet, table or chart an object is bound to, as `Id`: the client then addresses it by id from the
 * next request on (ObjectPath.updateUsingObjectData → an indexer `getItem(id)`), so a renamed sheet is still found
 * and an object made by `add()` stays usable after its sync.
 */
function idOf(target: HostObject): { Id?: string } {
  const bound = (target as { tryResolve?: () => unknown }).tryResolve;
  if (typeof bound !== "function") return {};
  try {
    const model = bound.call(target) as { id?: unknown } | null;
    return model && typeof model.id === "string" ? { Id: model.id } : {};
  } catch {
    return {};
  }
}

/** `*` in a query's select asks for every property, as no select does. */
const selected = (select: readonly string[] | null | undefined) => (select && select.length > 0 && !select.includes("*") ? select : null);

/** Whether the object is a collection the add-in loads `items` of. */
const isCollection = (target: HostObject) => "items" in target;

/**
 * Carries out one RichApi request on the emulated workbook and answers it as Excel would. Never throws: every
 * failure is an `Error` in the response.
 */
export async function answerRichApi(excel: ExcelEmulator, request: RichApiRequest, flags: RichApiFlags = {}): Promise<RichApiResponse> {
  const session = sessionOf(excel);
  const context = session.context;
  context.delayForCellEdit = flags.delayForCellEdit === true;
  context.wireBytes = flags.requestBytes ?? null;
  const results: RichApiResponse["Results"][number][] = [];
  /** Objects of this request by path id; kept ones are found by reference id across requests. */
  const objects = new Map<number, HostObject>();
  /** Path ids whose objects the client asked Excel to keep (`_KeepReference`): their instantiation answers a reference id. */
  const kept = new Map<number, string>();
  const resolve = (id: number): HostObject => {
    const known = objects.get(id);
    if (known) return known;
    const path = request.ObjectPaths[String(id)];
    if (!path) throw new ActionFailure("InvalidArgument", `The request names object path ${id}, which it does not define.`, `ObjectPath ${id}`);
    const made = pathObject(path, resolve, session);
    objects.set(id, made);
    return made;
  };
  try {
    /** After the sync, each action's result. */
    const answers: (() => unknown)[] = [];
    /** Per action, how many operations the batch had queued when it was done, to find the action that failed. */
    const queuedAfter: number[] = [];
    for (const [index, action] of request.Actions.entries()) {
      try {
        if (action.ActionType === ACTION.method && action.Name === "_KeepReference") answers.push(keep(session, kept, action.ObjectPathId, resolve(action.ObjectPathId)));
        else if (action.ActionType === ACTION.method && action.Name === "_RemoveReference") answers.push(release(session, action));
        // The client asks before sending a large values array whether the range takes one of that size
        // (Range._ValidateArraySize, ExcelApi 1.3); the write that follows is checked as every write is.
        else if (action.ActionType === ACTION.method && action.Name === "_ValidateArraySize") answers.push(() => undefined);
        else answers.push(carryOutAction(action, resolve, () => kept.get(action.ObjectPathId)));
      } catch (error) {
        throw withAction(error, index, action);
      }
      queuedAfter.push(context.pendingCount);
    }
    try {
      // A request that asks nothing of the workbook (Excel.run's cleanup of the references it kept, after the
      // batch has returned and without the add-in waiting for it) costs the workbook no round trip.
      if (context.pendingCount > 0) await context.sync();
    } catch (error) {
      const operation = excel.failedOperation;
      const index = operation === null ? -1 : queuedAfter.findIndex((count) => count > operation);
      throw withAction(error, index, request.Actions[index]);
    }
    request.Actions.forEach((action, i) => {
      const value = (answers[i] as () => unknown)();
      if (value !== undefined) results.push({ ActionId: action.Id, Value: value });
    });
  } catch (error) {
    // Whatever failed, nothing of this request stays queued for the next.
    context.takeQueue();
    return { Results: [], Error: asRichApiError(error) };
  }
  return { Results: results };
}

/**
 * What the host keeps for one workbook between requests: one request context whose proxies stay bound (as Excel
 * binds an object by id), and the objects the client asked it to keep, by reference id (TrackedObjects._addCommon
 * → `_KeepReference`, then an ObjectPathType 6 path naming `_ReferenceId`; `_RemoveReference` lets one go).
 */
interface HostSession {
  readonly context: RequestContext;
  readonly references: Map<string, HostObject>;
  next: number;
}

const sessions = new WeakMap<ExcelEmulator, HostSession>();

function sessionOf(excel: ExcelEmulator): HostSession {
  let session = sessions.get(excel);
  if (!session) sessions.set(excel, (session = { context: new RequestContext(excel), references: new Map(), next: 0 }));
  return session;
}

/** Keeps an object for later requests; its instantiation then answers the reference id. */
function keep(session: HostSession, kept: Map<number, string>, pathId: number, target: HostObject): () => unknown {
  const id = `R${++session.next}`;
  session.references.set(id, target);
  kept.set(pathId, id);
  return () => undefined;
}

function release(session: HostSession, action: RichApiAction): () => unknown {
  session.references.delete(String((action.ArgumentInfo?.Arguments ?? [])[0]));
  return () => undefined;
}

/** The object a path stands for, made by the emulator's workbook objects (their getters and methods). */
function pathObject(path: RichApiObjectPath, resolve: (id: number) => HostObject, session: HostSession): HostObject {
  const parent = () => resolve(path.ParentObjectPathId ?? -1);
  const args = () => argumentsOf(path.ArgumentInfo, resolve);
  switch (path.ObjectPathType) {
    case OBJECT_PATH.global:
      return session.context.workbook as unknown as HostObject;
    case OBJECT_PATH.referenceId: {
      const kept = session.references.get(path.Name);
      if (!kept) throw new ActionFailure("InvalidObjectPath", `The object with reference id ${path.Name} is no longer kept.`, `ObjectPath ${path.Id}`);
      return kept;
    }
    case OBJECT_PATH.property: {
      const owner = parent();
      const name = camel(path.Name);
      if (!(name in owner)) throw notImplemented(`${typeName(owner)}.${name}`);
      return owner[name] as HostObject;
    }
    case OBJECT_PATH.method:
    case OBJECT_PATH.indexer: {
      const owner = parent();
      const name = path.ObjectPathType === OBJECT_PATH.indexer ? "getItem" : camel(path.Name);
      const method = owner[name];
      if (typeof method !== "function") throw notImplemented(`${typeName(owner)}.${name}`);
      const returned = (method as (...a: unknown[]) => HostObject | undefined).apply(owner, args());
      // The emulator's method ran but returns nothing where Excel returns an object (customProperties.add,
      // rows.add): a stand-in answers its instantiation, and any use of it fails as not modelled.
      return returned ?? notModelled(`the object ${typeName(owner)}.${name} returns`);
    }
    default:
      throw notImplemented(`object path type ${path.ObjectPathType} (${path.Name || "unnamed"})`);
  }
}

/** Queues one action; returns how to read its result once the batch has run. */
function carryOutAction(action: RichApiAction, resolve: (id: number) => HostObject, referenceId: () => string | undefined): () => unknown {
  const target = resolve(action.ObjectPathId);
  switch (action.ActionType) {
    case ACTION.instantiate:
      return () => {
        let isNull = false;
        try {
          isNull = (target as { isNullObject?: boolean }).isNullObject === true;
        } catch {
          isNull = false;
        }
        const reference = referenceId();
        if (isNull) return null;
        return { ...idOf(target), ...(reference === undefined ? {} : { _ReferenceId: reference }) };
      };
    case ACTION.query: {
      const select = selected(action.QueryInfo?.Select);
      if (isCollection(target)) {
        const load = target["load"] as (spec?: string[]) => unknown;
        load.call(target, select && select.length > 0 ? select.map((s) => `items/${s}`) : ["items"]);
        return () => ({ _Items: (target["items"] as HostObject[]).map((item) => ({ ...idOf(item), ...queried(item, select) })) });
      }
      const load = target["load"] as ((spec?: string[]) => unknown) | undefined;
      if (typeof load !== "function") throw notImplemented(`${typeName(target)}.load`);
      load.call(target, select && select.length > 0 ? [...select] : undefined);
      return () => ((target as { isNullObject?: boolean }).isNullObject === true ? null : { ...idOf(target), ...queried(target, select) });
    }
    case ACTION.method: {
      const name = camel(action.Name);
      const method = target[name];
      if (typeof method !== "function") throw notImplemented(`${typeName(target)}.${name}`);
      const returned = (method as (...a: unknown[]) => unknown).apply(target, argumentsOf(action.ArgumentInfo, resolve));
      return () => (returned && typeof returned === "object" && "value" in returned ? (returned as { value: unknown }).value : undefined);
    }
    case ACTION.setProperty: {
      const name = camel(action.Name);
      if (!(name in target)) throw notImplemented(`${typeName(target)}.${name}`);
      target[name] = (action.ArgumentInfo?.Arguments ?? [])[0];
      return () => undefined;
    }
    case ACTION.trace:
      return () => undefined;
    default:
      throw notImplemented(`action type ${action.ActionType} (${action.Name || "unnamed"})`);
  }
}

/** An action's or path's arguments, with each referenced object path replaced by its object. */
function argumentsOf(info: RichApiArguments | undefined, resolve: (id: number) => HostObject): unknown[] {
  const values = info?.Arguments ?? [];
  const references = info?.ReferencedObjectPathIds ?? [];
  return values.map((value, i) => ((references[i] ?? 0) > 0 ? resolve(references[i] as number) : value));
}

function typeName(target: HostObject): string {
  return String((target as { typeName?: unknown }).typeName ?? target.constructor?.name ?? "object");
}

/** Tags a failure with the action it happened at, for the response's ActionIndex. */
function withAction(error: unknown, index: number, action: RichApiAction | undefined): unknown {
  return { error, index, action };
}

function asRichApiError(thrown: unknown): RichApiError {
  const tagged = thrown as { error?: unknown; index?: number; action?: RichApiAction };
  const error = tagged && typeof tagged === "object" && "error" in tagged ? tagged.error : thrown;
  const index = tagged && typeof tagged === "object" && "index" in tagged ? (tagged.index as number) : -1;
  const at = index >= 0 ? { ActionIndex: index } : {};
  if (error instanceof ActionFailure) return { Code: error.code, Message: error.message, Location: error.location, HttpStatusCode: 400, ...at };
  if (error instanceof EmulatedOfficeError) {
    const status = error.code === "RequestPayloadSizeLimitExceeded" || error.code === "ResponsePayloadSizeLimitExceeded" ? 413 : 400;
    return { Code: error.code, Message: error.message, Location: error.debugInfo.errorLocation ?? "", HttpStatusCode: status, ...at };
  }
  const action = tagged?.action;
  const location = action ? `${action.Name || `action ${action.Id}`}` : "";
  return { Code: "GeneralException", Message: `The host failed while carrying out ${location || "the request"}: ${error instanceof Error ? error.message : String(error)}`, Location: location, HttpStatusCode: 500, ...at };
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
  readonly HttpUtility: { setCustomSendRequestFunc(send: (request: RichApiHttpRequest) => Promise<RichApiHttpResponse>): void };
}

/**
 * Routes the Office.js client's requests to emulators by URL: `serve(excel)` gives the URL for
 * `new Excel.RequestContext(url)`. Bodies are measured as they travel, and a request or a response over the
 * emulator's limits fails with Excel's codes.
 */
export function richApiTransport(officeExtension: OfficeExtensionTransport): { serve(excel: ExcelEmulator): string } {
  const hosts = new Map<string, ExcelEmulator>();
  officeExtension.HttpUtility.setCustomSendRequestFunc(async (request) => {
    const base = [...hosts.keys()].find((url) => request.url.startsWith(url));
    const excel = base === undefined ? undefined : hosts.get(base);
    if (!excel) return { statusCode: 404, headers: {}, body: "" };
    const text = typeof request.body === "string" ? request.body : JSON.stringify(request.body ?? {});
    const flags = Number(/[?&]flags=(\d+)/.exec(request.url)?.[1] ?? 0);
    const response = await answerRichApi(excel, JSON.parse(text) as RichApiRequest, { delayForCellEdit: (flags & 64) !== 0, requestBytes: utf8Length(text) });
    let body = JSON.stringify(response);
    // What ran stays done, but the answer is lost: the add-in sees the batch fail.
    // A failed request's answer is its error; what counts then is what the emulator measured before failing.
    if (!response.Error && !excel.noteWireResponse(utf8Length(body))) {
      body = JSON.stringify({
        Results: [],
        Error: { Code: "ResponsePayloadSizeLimitExceeded", Message: `The response payload size (${utf8Length(body)} bytes) has exceeded the limit.`, Location: "", HttpStatusCode: 413 },
      } satisfies RichApiResponse);
    }
    return { statusCode: 200, headers: { "content-type": "application/json" }, body };
  });
  let next = 0;
  return {
    serve(excel) {
      const url = `https://emulated-excel-${++next}.invalid/`;
      hosts.set(url, excel);
      return url;
    },
  };
}
