/* eslint-disable */
import * as types from './graphql';
import { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "query CtaQueue($first: Int!, $after: String, $filter: CtaFilter) {\n  ctas(first: $first, after: $after, filter: $filter) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    nodes {\n      id\n      type\n      reason\n      priority\n      status\n      dueAt\n      source\n      account {\n        id\n        name\n        healthScore\n        healthTrend\n        renewalDate\n      }\n      playbook {\n        name\n      }\n      tasks {\n        id\n        title\n        dueAt\n        done\n      }\n    }\n  }\n}": typeof types.CtaQueueDocument,
    "query MyLeads($first: Int!, $after: String) {\n  leads(\n    first: $first\n    after: $after\n    filter: {mine: true, status: [NEW, CONTACTED, QUALIFIED]}\n  ) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    nodes {\n      id\n      name\n      company\n      status\n      score\n      prediction {\n        probability\n        confidence\n      }\n      nextAction {\n        action\n        priority\n      }\n    }\n  }\n}": typeof types.MyLeadsDocument,
    "query LeadOutlook($id: ID!) {\n  lead(id: $id) {\n    id\n    name\n    status\n    score\n    prediction {\n      probability\n      confidence\n      personalized\n      factors {\n        name\n        contribution\n      }\n      reasoning\n    }\n    nextAction {\n      action\n      priority\n      reasoning\n    }\n    profile {\n      temperature\n      engagementScore\n      intentScore\n    }\n    account {\n      name\n      healthScore\n    }\n  }\n}": typeof types.LeadOutlookDocument,
    "query Worklist($first: Int!, $after: String, $filter: WorklistFilter, $orderBy: WorklistOrder) {\n  worklist(first: $first, after: $after, filter: $filter, orderBy: $orderBy) {\n    totalCount\n    modelVersion\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    edges {\n      cursor\n      probability\n      confidence\n      expectedValue\n      node {\n        id\n        name\n        company\n        status\n        value\n        nextAction {\n          action\n          priority\n          dueAt\n        }\n        profile {\n          temperature\n        }\n      }\n    }\n  }\n}": typeof types.WorklistDocument,
};
const documents: Documents = {
    "query CtaQueue($first: Int!, $after: String, $filter: CtaFilter) {\n  ctas(first: $first, after: $after, filter: $filter) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    nodes {\n      id\n      type\n      reason\n      priority\n      status\n      dueAt\n      source\n      account {\n        id\n        name\n        healthScore\n        healthTrend\n        renewalDate\n      }\n      playbook {\n        name\n      }\n      tasks {\n        id\n        title\n        dueAt\n        done\n      }\n    }\n  }\n}": types.CtaQueueDocument,
    "query MyLeads($first: Int!, $after: String) {\n  leads(\n    first: $first\n    after: $after\n    filter: {mine: true, status: [NEW, CONTACTED, QUALIFIED]}\n  ) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    nodes {\n      id\n      name\n      company\n      status\n      score\n      prediction {\n        probability\n        confidence\n      }\n      nextAction {\n        action\n        priority\n      }\n    }\n  }\n}": types.MyLeadsDocument,
    "query LeadOutlook($id: ID!) {\n  lead(id: $id) {\n    id\n    name\n    status\n    score\n    prediction {\n      probability\n      confidence\n      personalized\n      factors {\n        name\n        contribution\n      }\n      reasoning\n    }\n    nextAction {\n      action\n      priority\n      reasoning\n    }\n    profile {\n      temperature\n      engagementScore\n      intentScore\n    }\n    account {\n      name\n      healthScore\n    }\n  }\n}": types.LeadOutlookDocument,
    "query Worklist($first: Int!, $after: String, $filter: WorklistFilter, $orderBy: WorklistOrder) {\n  worklist(first: $first, after: $after, filter: $filter, orderBy: $orderBy) {\n    totalCount\n    modelVersion\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    edges {\n      cursor\n      probability\n      confidence\n      expectedValue\n      node {\n        id\n        name\n        company\n        status\n        value\n        nextAction {\n          action\n          priority\n          dueAt\n        }\n        profile {\n          temperature\n        }\n      }\n    }\n  }\n}": types.WorklistDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CtaQueue($first: Int!, $after: String, $filter: CtaFilter) {\n  ctas(first: $first, after: $after, filter: $filter) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    nodes {\n      id\n      type\n      reason\n      priority\n      status\n      dueAt\n      source\n      account {\n        id\n        name\n        healthScore\n        healthTrend\n        renewalDate\n      }\n      playbook {\n        name\n      }\n      tasks {\n        id\n        title\n        dueAt\n        done\n      }\n    }\n  }\n}"): (typeof documents)["query CtaQueue($first: Int!, $after: String, $filter: CtaFilter) {\n  ctas(first: $first, after: $after, filter: $filter) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    nodes {\n      id\n      type\n      reason\n      priority\n      status\n      dueAt\n      source\n      account {\n        id\n        name\n        healthScore\n        healthTrend\n        renewalDate\n      }\n      playbook {\n        name\n      }\n      tasks {\n        id\n        title\n        dueAt\n        done\n      }\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query MyLeads($first: Int!, $after: String) {\n  leads(\n    first: $first\n    after: $after\n    filter: {mine: true, status: [NEW, CONTACTED, QUALIFIED]}\n  ) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    nodes {\n      id\n      name\n      company\n      status\n      score\n      prediction {\n        probability\n        confidence\n      }\n      nextAction {\n        action\n        priority\n      }\n    }\n  }\n}"): (typeof documents)["query MyLeads($first: Int!, $after: String) {\n  leads(\n    first: $first\n    after: $after\n    filter: {mine: true, status: [NEW, CONTACTED, QUALIFIED]}\n  ) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    nodes {\n      id\n      name\n      company\n      status\n      score\n      prediction {\n        probability\n        confidence\n      }\n      nextAction {\n        action\n        priority\n      }\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query LeadOutlook($id: ID!) {\n  lead(id: $id) {\n    id\n    name\n    status\n    score\n    prediction {\n      probability\n      confidence\n      personalized\n      factors {\n        name\n        contribution\n      }\n      reasoning\n    }\n    nextAction {\n      action\n      priority\n      reasoning\n    }\n    profile {\n      temperature\n      engagementScore\n      intentScore\n    }\n    account {\n      name\n      healthScore\n    }\n  }\n}"): (typeof documents)["query LeadOutlook($id: ID!) {\n  lead(id: $id) {\n    id\n    name\n    status\n    score\n    prediction {\n      probability\n      confidence\n      personalized\n      factors {\n        name\n        contribution\n      }\n      reasoning\n    }\n    nextAction {\n      action\n      priority\n      reasoning\n    }\n    profile {\n      temperature\n      engagementScore\n      intentScore\n    }\n    account {\n      name\n      healthScore\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Worklist($first: Int!, $after: String, $filter: WorklistFilter, $orderBy: WorklistOrder) {\n  worklist(first: $first, after: $after, filter: $filter, orderBy: $orderBy) {\n    totalCount\n    modelVersion\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    edges {\n      cursor\n      probability\n      confidence\n      expectedValue\n      node {\n        id\n        name\n        company\n        status\n        value\n        nextAction {\n          action\n          priority\n          dueAt\n        }\n        profile {\n          temperature\n        }\n      }\n    }\n  }\n}"): (typeof documents)["query Worklist($first: Int!, $after: String, $filter: WorklistFilter, $orderBy: WorklistOrder) {\n  worklist(first: $first, after: $after, filter: $filter, orderBy: $orderBy) {\n    totalCount\n    modelVersion\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    edges {\n      cursor\n      probability\n      confidence\n      expectedValue\n      node {\n        id\n        name\n        company\n        status\n        value\n        nextAction {\n          action\n          priority\n          dueAt\n        }\n        profile {\n          temperature\n        }\n      }\n    }\n  }\n}"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;